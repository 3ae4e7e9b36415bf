import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { kbArticlePages, propertyId, freeForm } from './shapes.js';

// Cursor paging inside `data` (catalog §4); the list entries carry no body blocks.
export default defineTool({
  name: 'tawkto_list_kb_articles',
  title: 'List articles',
  description: 'List KB articles, without bodies (knowledge-base.article.list).',
  method: 'POST', path: '/knowledge-base.article.list', resource: 'kb_article', access: 'read', list: kbArticlePages,
  input: z.object({
    propertyId,
    query: z.string().describe('Text filter').optional(),
    filters: freeForm('site[], category[], author[], status, visibility').optional(),
    sort: freeForm('{field: title|createdAt|updatedAt, order: asc|desc}').optional(),
  }),
});
