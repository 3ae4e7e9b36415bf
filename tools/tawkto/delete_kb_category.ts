import { defineTool } from '../../src/declaration.js';
import { ref } from './shapes.js';

export default defineTool({
  name: 'tawkto_delete_kb_category',
  title: 'Trash category',
  description: 'Trash a category (knowledge-base.category.delete).',
  method: 'POST',
  path: '/knowledge-base.category.delete',
  resource: 'kb_category',
  access: 'destructive',
  idempotent: true,
  sandbox: { idArg: 'categoryId' },
  input: ref('categoryId', 'Category'),
});
