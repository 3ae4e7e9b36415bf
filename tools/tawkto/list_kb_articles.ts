import { z } from 'zod';
import { defineTool, type FilterSpec } from '../../src/declaration.js';
import { byProperty, kbArticlePages, kbFilters, kbFilterSpecs, kbSort, kbSortSpec, propertyId } from './shapes.js';

/** A list entry: the article without its body blocks (catalog §4), flattened from meta and content. */
export const articleItem = [
  'id',
  'propertyId',
  'title',
  'subtitle',
  'slug',
  'status',
  'siteId',
  'author',
  'visibility',
  'categories',
  'createdAt',
  'updatedAt',
];
/** The text filter: matching field set and exactness UNCONFIRMED; the sandbox matches title and subtitle. */
export const articleQuery: FilterSpec = { match: 'contains', field: ['title', 'subtitle'] };

// Cursor paging inside `data` (catalog §4).
export default defineTool({
  name: 'tawkto_list_kb_articles',
  title: 'List articles',
  description: 'List KB articles, without bodies (knowledge-base.article.list).',
  method: 'POST',
  path: '/knowledge-base.article.list',
  resource: 'kb_article',
  access: 'read',
  list: kbArticlePages,
  filters: { ...byProperty, query: articleQuery, ...kbFilterSpecs },
  sort: kbSortSpec,
  itemFields: articleItem,
  input: z.object({
    propertyId,
    query: z.string().describe('Text').optional(),
    filters: kbFilters.optional(),
    sort: kbSort.optional(),
  }),
});
