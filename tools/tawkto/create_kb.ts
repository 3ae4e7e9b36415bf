import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id, propertyId } from './shapes.js';

export default defineTool({
  name: 'tawkto_create_kb',
  title: 'Create KB',
  description: "Create the property's knowledge base (knowledge-base.create).",
  method: 'POST',
  path: '/knowledge-base.create',
  resource: 'kb',
  access: 'write',
  input: z.object({
    propertyId,
    language: z.string().describe('Language'),
    title: z.string().describe('Title'),
    subdomain: z.string().describe('Subdomain'),
    description: z.string().describe('Description').optional(),
    widgetId: id('Widget').optional(),
    published: z.boolean().describe('Published').optional(),
  }),
});
