import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { propertyId, siteId, freeForm } from './shapes.js';

/** The article object (catalog §3.7, verified live by [WN]); unlisted details pass through. */
export const article = z
  .object({
    content: z.looseObject({
      siteId: siteId.describe('Site id, e.g. primary'),
      title: z.string().describe('Title'),
      status: z.enum(['draft', 'published', 'archived']).describe('Status').optional(),
      contents: z.array(z.record(z.string(), z.unknown())).describe('Blocks {type, content}').optional(),
    }).describe('Also subtitle, author, slug; no metadata'),
    meta: freeForm('visibility, categories [{id, primary}]').optional(),
  })
  .describe('Article');

export default defineTool({
  name: 'tawkto_create_kb_article',
  title: 'Create article',
  description: 'Create a KB article (knowledge-base.article.create).',
  method: 'POST', path: '/knowledge-base.article.create', resource: 'kb_article', access: 'write',
  input: z.object({ propertyId, article }),
});
