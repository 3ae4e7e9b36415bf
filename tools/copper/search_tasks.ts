import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { anyTags, dateRange, idList, ids } from './shapes.js';

export default defineTool({
  name: 'copper_search_tasks',
  title: 'Search tasks',
  description: 'Search tasks.',
  method: 'POST', path: '/tasks/search', resource: 'task', access: 'read', list: true,
  input: z.object({
    name: z.string().describe('Name').optional(),
    ids: ids('Task').optional(),
    statuses: z.array(z.enum(['Open', 'Completed'])).describe('Statuses').optional(),
    assignee_ids: idList('Owner').optional(),
    tags: anyTags.optional(),
    ...dateRange('due', 'Due'),
  }),
});
