import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { dateRange, followed, idList, sortDirection } from './shapes.js';

export default defineTool({
  name: 'copper_search_opportunities',
  title: 'Search opportunities',
  description: 'Search Copper opportunities (deals); filters are ANDed. Returns full opportunity records.',
  method: 'POST', path: '/opportunities/search', resource: 'opportunity', access: 'read', list: true,
  input: z.object({
    name: z.string().describe('Opportunity name').optional(),
    ids: z.array(z.number().int()).describe('Opportunity ids').optional(),
    status_ids: z.array(z.number().int().min(0).max(3)).describe('0 Open, 1 Won, 2 Lost, 3 Abandoned').optional(),
    pipeline_ids: z.array(z.number().int()).describe('Pipeline ids').optional(),
    pipeline_stage_ids: z.array(z.number().int()).describe('Stage ids').optional(),
    assignee_ids: idList('Owner user').optional(),
    company_ids: idList('Company').optional(),
    customer_source_ids: idList('Customer source').optional(),
    tags: z.array(z.string()).describe('Tags (any)').optional(),
    followed: followed.optional(),
    minimum_monetary_value: z.number().describe('Minimum value').optional(),
    maximum_monetary_value: z.number().describe('Maximum value').optional(),
    ...dateRange('close', 'close date'),
    ...dateRange('created', 'creation'),
    ...dateRange('stage_change', 'stage change'),
    sort_by: z.enum(['name', 'company_name', 'value', 'assignee', 'date_modified', 'date_created', 'stage', 'status', 'close_date', 'priority', 'last_interaction', 'win_probability']).describe('Sort field').optional(),
    sort_direction: sortDirection.optional(),
  }),
});
