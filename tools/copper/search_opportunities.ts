import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { anyOf, anyTags, dateRange, idList, ids, numRange, rangeSpec, sortArgs, sortSpec } from './shapes.js';

export default defineTool({
  name: 'copper_search_opportunities',
  title: 'Search opportunities',
  description: 'Search opportunities (deals).',
  method: 'POST',
  path: '/opportunities/search',
  resource: 'opportunity',
  access: 'read',
  list: true,
  input: z.object({
    name: z.string().describe('Name').optional(),
    ids: ids('Opportunity').optional(),
    status_ids: z
      .array(
        z
          .number()
          .int()
          .refine((n) => n >= 0 && n <= 3, 'must be 0-3'),
      )
      .describe('0 open, 1 won, 2 lost, 3 abandoned')
      .optional(),
    pipeline_ids: ids('Pipeline').optional(),
    pipeline_stage_ids: ids('Stage').optional(),
    assignee_ids: idList('Owner').optional(),
    company_ids: ids('Company').optional(),
    tags: anyTags.optional(),
    ...numRange('monetary_value', 'Value'),
    ...dateRange('close', 'Close'),
    ...sortArgs('name', 'value', 'close_date', 'date_created', 'date_modified'),
  }),
  filters: {
    // "The name has to be an exact match" (5.-opportunities/search-opportunities-by-name.md).
    name: { match: 'equals' },
    ids: anyOf('id'),
    // Records carry the status name, not its number.
    status_ids: { match: 'any', field: 'status', values: { 0: 'Open', 1: 'Won', 2: 'Lost', 3: 'Abandoned' } },
    pipeline_ids: anyOf('pipeline_id'),
    pipeline_stage_ids: anyOf('pipeline_stage_id'),
    assignee_ids: anyOf('assignee_id', true),
    company_ids: anyOf('company_id'),
    tags: anyOf('tags'),
    ...rangeSpec('monetary_value', 'monetary_value'),
    ...rangeSpec('close_date', 'close_date'),
  },
  sort: sortSpec({ value: 'monetary_value' }),
});
