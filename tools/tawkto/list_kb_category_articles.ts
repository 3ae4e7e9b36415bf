import { defineTool } from '../../src/declaration.js';
import { byProperty, ref } from './shapes.js';
import { articleItem } from './list_kb_articles.js';

// Shape and paging UNCONFIRMED: one call, `data[]` (a different shape is reported, not read as empty).
export default defineTool({
  name: 'tawkto_list_kb_category_articles',
  title: 'List category articles',
  description: 'Articles in a KB category (knowledge-base.category.list-article).',
  method: 'POST',
  path: '/knowledge-base.category.list-article',
  resource: 'kb_article',
  access: 'read',
  list: { style: 'none' },
  filters: { ...byProperty, categoryId: { match: 'equals', field: 'categories.id' } },
  itemFields: articleItem,
  input: ref('categoryId', 'Category'),
});
