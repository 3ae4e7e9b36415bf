import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { propertyId, siteId } from './shapes.js';

// The category object (catalog §3.7): content.siteId and content.name are required.
const content = {
  description: z.string().describe('Description').optional(),
  slug: z.string().describe('Slug').optional(),
};
export const categoryMeta = z
  .strictObject({
    icon: z
      .strictObject({ type: z.literal('predefined').describe('Icon kind'), content: z.string().describe('Icon name') })
      .describe('Icon')
      .optional(),
    parent: z.string().nullable().describe('Parent category id or null').optional(),
    position: z.number().int().min(0).describe('Position').optional(),
  })
  .describe('Meta');
/** update: the same object, every part optional (body UNCONFIRMED: assumed to mirror create). */
export const categoryUpdate = z
  .strictObject({
    content: z
      .strictObject({ siteId: siteId.optional(), name: z.string().describe('Name').optional(), ...content })
      .describe('Content')
      .optional(),
    meta: categoryMeta.optional(),
  })
  .describe('As in create_kb_category');

export default defineTool({
  name: 'tawkto_create_kb_category',
  title: 'Create category',
  description: 'Create a KB category (knowledge-base.category.create).',
  method: 'POST',
  path: '/knowledge-base.category.create',
  resource: 'kb_category',
  access: 'write',
  input: z.object({
    propertyId,
    category: z
      .strictObject({
        content: z.strictObject({ siteId, name: z.string().describe('Name'), ...content }).describe('Content'),
        meta: categoryMeta.optional(),
      })
      .describe('Category'),
  }),
});
