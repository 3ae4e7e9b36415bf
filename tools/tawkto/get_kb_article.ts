import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { propertyId, id, siteId } from './shapes.js';

export default defineTool({
  name: 'tawkto_get_kb_article',
  title: 'Get article',
  description: 'A KB article with its content blocks (knowledge-base.article.get).',
  method: 'POST',
  path: '/knowledge-base.article.get',
  resource: 'kb_article',
  access: 'read',
  sandbox: { idArg: 'articleId' },
  input: z.object({ propertyId, articleId: id('Article'), siteId }),
});
