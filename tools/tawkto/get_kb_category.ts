import { defineTool } from '../../src/declaration.js';
import { ref } from './shapes.js';

export default defineTool({
  name: 'tawkto_get_kb_category',
  title: 'Get category',
  description: 'Get a category (knowledge-base.category.get).',
  method: 'POST',
  path: '/knowledge-base.category.get',
  resource: 'kb_category',
  access: 'read',
  sandbox: { idArg: 'categoryId' },
  input: ref('categoryId', 'Category'),
});
