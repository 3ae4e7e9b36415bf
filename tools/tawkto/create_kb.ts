import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { propertyId, id, unlisted } from './shapes.js';

export default defineTool({
  name: 'tawkto_create_kb',
  title: 'Create KB',
  description: 'Create the knowledge base; also takes description, widgetId, published (knowledge-base.create).',
  method: 'POST', path: '/knowledge-base.create', resource: 'kb', access: 'write',
  input: z.object({
    propertyId,
    language: z.string().describe('Language'),
    title: z.string().describe('Title'),
    subdomain: z.string().describe('Subdomain'),
    // Validated but not listed: the tool description names them.
    ...unlisted({ description: z.string(), widgetId: id('Widget'), published: z.boolean() }),
  }),
});
