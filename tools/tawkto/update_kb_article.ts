import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id, propertyId } from './shapes.js';
import { articleUpdate } from './create_kb_article.js';

export default defineTool({
  name: 'tawkto_update_kb_article',
  title: 'Update article',
  description: 'Change a KB article; contents replace the body (knowledge-base.article.update).',
  method: 'POST',
  path: '/knowledge-base.article.update',
  resource: 'kb_article',
  access: 'write',
  idempotent: true,
  input: z.object({ propertyId, articleId: id('Article'), article: articleUpdate }),
});
