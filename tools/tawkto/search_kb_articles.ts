import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { byProperty, kbArticlePages, kbFilters, kbFilterSpecs, kbSort, kbSortSpec, propertyId } from './shapes.js';
import { articleItem, articleQuery } from './list_kb_articles.js';

// Paged like knowledge-base.article.list (catalog §3.7, §4). The upstream searches the body too; the
// sandbox matches title and subtitle only (the list entries carry no body).
export default defineTool({
  name: 'tawkto_search_kb_articles',
  title: 'Search articles',
  description: 'Search KB articles by text (knowledge-base.article.search).',
  method: 'POST',
  path: '/knowledge-base.article.search',
  resource: 'kb_article',
  access: 'read',
  list: kbArticlePages,
  filters: { ...byProperty, query: articleQuery, highlight: { match: 'shape' }, ...kbFilterSpecs },
  sort: kbSortSpec,
  itemFields: [...articleItem, 'highlight'],
  input: z.object({
    propertyId,
    query: z.string().describe('Text'),
    highlight: z.boolean().describe('Mark matches').optional(),
    filters: kbFilters.optional(),
    sort: kbSort.optional(),
  }),
});
