import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { propertyId, id, freeForm } from './shapes.js';

export default defineTool({
  name: 'tawkto_update_kb_article',
  title: 'Update article',
  description: 'Change a KB article; contents replace the body (knowledge-base.article.update).',
  method: 'POST', path: '/knowledge-base.article.update', resource: 'kb_article', access: 'write',
  idempotent: true,
  input: z.object({
    propertyId,
    articleId: id('Article'),
    article: freeForm('As on create; content needs status, subtitle, author'),
  }),
});
