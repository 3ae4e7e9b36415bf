import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id, propertyId } from './shapes.js';

// Field names UNCONFIRMED.
export default defineTool({
  name: 'tawkto_reorder_kb_category_articles',
  title: 'Reorder category articles',
  description: "Reorder a category's articles (knowledge-base.category.order-article).",
  method: 'POST',
  path: '/knowledge-base.category.order-article',
  resource: 'kb_category',
  access: 'write',
  idempotent: true,
  input: z.object({ propertyId, categoryId: id('Category'), articleIds: z.array(z.string()).describe('Article ids in order') }),
});
