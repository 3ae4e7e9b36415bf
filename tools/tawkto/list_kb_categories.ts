import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { byProperty, propertyId, siteId } from './shapes.js';

// Answers `data.categories[]` ([WN] live); paging UNCONFIRMED: one call.
export default defineTool({
  name: 'tawkto_list_kb_categories',
  title: 'List categories',
  description: 'List KB categories, flattened (knowledge-base.category.list).',
  method: 'POST',
  path: '/knowledge-base.category.list',
  resource: 'kb_category',
  access: 'read',
  list: { style: 'none', itemsField: 'data.categories' },
  filters: { ...byProperty, siteId: { match: 'equals', field: 'sites' } },
  input: z.object({ propertyId, siteId: siteId.optional() }),
});
