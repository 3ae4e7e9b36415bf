import { defineTool } from '../../src/declaration.js';
import { ref } from './shapes.js';

export default defineTool({
  name: 'tawkto_destroy_kb_article',
  title: 'Destroy article',
  description: 'Purge an article (knowledge-base.article.destroy).',
  method: 'POST',
  path: '/knowledge-base.article.destroy',
  resource: 'kb_article',
  access: 'destructive',
  idempotent: true,
  sandbox: { op: 'delete', idArg: 'articleId' },
  input: ref('articleId', 'Article'),
});
