import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id, openBody } from './shapes.js';

// Field names UNCONFIRMED: articleIds is typed, others pass through.
export default defineTool({
  name: 'tawkto_reorder_kb_category_articles',
  title: 'Reorder category articles',
  description: "Reorder a category's articles (knowledge-base.category.order-article).",
  method: 'POST', path: '/knowledge-base.category.order-article', resource: 'kb_category', access: 'write',
  idempotent: true,
  input: openBody({ categoryId: id('Category'), articleIds: z.array(z.string()).describe('Article ids in order') }),
});
