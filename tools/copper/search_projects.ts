import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { dateRange, followed, idList, sortDirection } from './shapes.js';

export default defineTool({
  name: 'copper_search_projects',
  title: 'Search projects',
  description: 'Search Copper projects; filters are ANDed. Returns full project records.',
  method: 'POST', path: '/projects/search', resource: 'project', access: 'read', list: true,
  input: z.object({
    name: z.string().describe('Project name').optional(),
    ids: z.array(z.number().int()).describe('Project ids').optional(),
    assignee_ids: idList('Owner user').optional(),
    status_ids: z.array(z.number().int()).describe('Status ids').optional(),
    tags: z.array(z.string()).describe('Tags (any)').optional(),
    followed: followed.optional(),
    ...dateRange('created', 'creation'),
    ...dateRange('modified', 'modification'),
    sort_by: z.enum(['name', 'assigned_to', 'related_to', 'status', 'date_modified', 'date_created']).describe('Sort field').optional(),
    sort_direction: sortDirection.optional(),
  }),
});
