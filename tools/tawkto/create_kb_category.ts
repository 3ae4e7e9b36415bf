import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { propertyId, siteId, freeForm } from './shapes.js';

/** The category object (catalog §3.7); unlisted details pass through. */
export const category = z
  .object({
    content: z.looseObject({ siteId, name: z.string().describe('Name') }).describe('Also description, slug'),
    meta: freeForm('icon, parent, position').optional(),
  })
  .describe('Category');

export default defineTool({
  name: 'tawkto_create_kb_category',
  title: 'Create category',
  description: 'Create a KB category (knowledge-base.category.create).',
  method: 'POST', path: '/knowledge-base.category.create', resource: 'kb_category', access: 'write',
  input: z.object({ propertyId, category }),
});
