import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { propertyId } from './shapes.js';

export default defineTool({
  name: 'tawkto_create_kb_site',
  title: 'Create KB site',
  description: 'Create a per-language KB site (knowledge-base.site.create).',
  method: 'POST',
  path: '/knowledge-base.site.create',
  resource: 'kb_site',
  access: 'write',
  input: z.object({
    propertyId,
    language: z.string().describe('Language'),
    title: z.string().describe('Title'),
    description: z.string().describe('Description').optional(),
  }),
});
