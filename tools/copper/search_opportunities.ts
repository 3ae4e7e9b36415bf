import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { anyTags, dateRange, idList, ids, sort } from './shapes.js';

export default defineTool({
  name: 'copper_search_opportunities',
  title: 'Search opportunities',
  description: 'Search opportunities (deals).',
  method: 'POST', path: '/opportunities/search', resource: 'opportunity', access: 'read', list: true,
  input: z.object({
    name: z.string().describe('Name').optional(),
    ids: ids('Opportunity').optional(),
    status_ids: z.array(z.number().int().min(0).max(3)).describe('0 open, 1 won, 2 lost, 3 abandoned').optional(),
    pipeline_ids: ids('Pipeline').optional(),
    pipeline_stage_ids: ids('Stage').optional(),
    assignee_ids: idList('Owner').optional(),
    tags: anyTags.optional(),
    ...dateRange('close', 'Close'),
    ...sort('name', 'value', 'close_date'),
  }),
});
