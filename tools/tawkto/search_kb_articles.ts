import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { kbArticlePages, propertyId, freeForm } from './shapes.js';

// Paged like knowledge-base.article.list (catalog §3.7, §4).
export default defineTool({
  name: 'tawkto_search_kb_articles',
  title: 'Search articles',
  description: 'Full-text search of KB articles (knowledge-base.article.search).',
  method: 'POST', path: '/knowledge-base.article.search', resource: 'kb_article', access: 'read', list: kbArticlePages,
  input: z.object({
    propertyId,
    query: z.string().describe('Search text'),
    highlight: z.boolean().describe('Mark matches').optional(),
    filters: freeForm('site[], category[], author[], status, visibility').optional(),
  }),
});
