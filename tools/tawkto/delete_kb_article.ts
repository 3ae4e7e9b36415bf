import { defineTool } from '../../src/declaration.js';
import { ref } from './shapes.js';

// Soft deletes count as destructive too (catalog §9).
export default defineTool({
  name: 'tawkto_delete_kb_article',
  title: 'Trash article',
  description: 'Trash an article (knowledge-base.article.delete).',
  method: 'POST',
  path: '/knowledge-base.article.delete',
  resource: 'kb_article',
  access: 'destructive',
  idempotent: true,
  sandbox: { idArg: 'articleId' },
  input: ref('articleId', 'Article'),
});
