import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { object, propertyId, siteId } from './shapes.js';

// The article object (catalog §3.7, verified live by [WN]). Nested objects are strict: an unknown key is
// refused before sending (the upstream answers validation_error for one, e.g. content.metadata on create).
const block = z.strictObject({
  type: z.enum(['header', 'paragraph', 'image', 'code', 'video', 'divider', 'table']).describe('Block type'),
  content: object('Block fields, e.g. {text, heading}'),
});
const text = {
  subtitle: z.string().describe('Subtitle'),
  author: z.string().nullable().describe('Agent id or null'),
  slug: z.string().describe('Slug').optional(),
  contents: z.array(block).describe('Body blocks; replace the body').optional(),
};
export const articleMeta = z
  .strictObject({
    visibility: z.enum(['public', 'private']).describe('Visibility').optional(),
    categories: z
      .array(z.strictObject({ id: z.string().describe('Category id'), primary: z.boolean().describe('Primary') }))
      .describe('Categories')
      .optional(),
    relatedArticles: z
      .array(z.strictObject({ id: z.string().describe('Article id'), title: z.string().describe('Title') }))
      .describe('Related')
      .optional(),
  })
  .describe('Meta');
export const status = z.enum(['draft', 'published', 'archived']).describe('Status');

/** Update: status, subtitle and author become required, and metadata may be set (catalog §3.7). */
export const articleUpdate = z
  .strictObject({
    content: z
      .strictObject({
        siteId: siteId.optional(),
        title: z.string().describe('Title').optional(),
        status,
        ...text,
        metadata: z
          .strictObject({ banner: object('Banner {type, content}').optional(), description: z.string().describe('Description').optional() })
          .describe('Metadata')
          .optional(),
      })
      .describe('Content'),
    meta: articleMeta.optional(),
  })
  .describe('Article');

export default defineTool({
  name: 'tawkto_create_kb_article',
  title: 'Create article',
  description: 'Create a KB article; metadata can be set only by update (knowledge-base.article.create).',
  method: 'POST',
  path: '/knowledge-base.article.create',
  resource: 'kb_article',
  access: 'write',
  input: z.object({
    propertyId,
    article: z
      .strictObject({
        content: z
          .strictObject({
            siteId: siteId.describe('Site id, e.g. primary'),
            title: z.string().describe('Title'),
            status: status.optional(),
            ...text,
            subtitle: text.subtitle.optional(),
            author: text.author.optional(),
          })
          .describe('Content'),
        meta: articleMeta.optional(),
      })
      .describe('Article'),
  }),
});
