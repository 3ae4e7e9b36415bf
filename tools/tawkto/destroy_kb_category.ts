import { defineTool } from '../../src/declaration.js';
import { ref } from './shapes.js';

export default defineTool({
  name: 'tawkto_destroy_kb_category',
  title: 'Destroy category',
  description: 'Purge a category (knowledge-base.category.destroy).',
  method: 'POST',
  path: '/knowledge-base.category.destroy',
  resource: 'kb_category',
  access: 'destructive',
  idempotent: true,
  sandbox: { op: 'delete', idArg: 'categoryId' },
  input: ref('categoryId', 'Category'),
});
