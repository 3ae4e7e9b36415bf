import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { dateRange, followed, idList, sortDirection } from './shapes.js';

export default defineTool({
  name: 'copper_search_tasks',
  title: 'Search tasks',
  description: 'Search Copper tasks; filters are ANDed. Returns full task records.',
  method: 'POST', path: '/tasks/search', resource: 'task', access: 'read', list: true,
  input: z.object({
    name: z.string().describe('Task name').optional(),
    ids: z.array(z.number().int()).describe('Task ids').optional(),
    statuses: z.array(z.enum(['Open', 'Completed'])).describe('Statuses').optional(),
    assignee_ids: idList('Owner user').optional(),
    opportunity_ids: z.array(z.number().int()).describe('Opportunity ids').optional(),
    project_ids: idList('Project').optional(),
    tags: z.array(z.string()).describe('Tags (any)').optional(),
    followed: followed.optional(),
    ...dateRange('due', 'due date'),
    ...dateRange('created', 'creation'),
    sort_by: z.enum(['name', 'assigned_to', 'related_to', 'status', 'priority', 'due_date', 'reminder_date', 'completed_date', 'date_created', 'date_modified']).describe('Sort field').optional(),
    sort_direction: sortDirection.optional(),
  }),
});
