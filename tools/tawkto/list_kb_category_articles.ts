import { defineTool } from '../../src/declaration.js';
import { ref } from './shapes.js';

// Shape and paging UNCONFIRMED: one call, `data[]` (a different shape is reported, not read as empty).
export default defineTool({
  name: 'tawkto_list_kb_category_articles',
  title: 'List category articles',
  description: 'Articles in a KB category (knowledge-base.category.list-article).',
  method: 'POST', path: '/knowledge-base.category.list-article', resource: 'kb_article', access: 'read', list: { style: 'none' },
  input: ref('categoryId', 'Category'),
});
