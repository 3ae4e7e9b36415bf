import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { anyOf, anyTags, dateRange, idList, ids, rangeSpec, sortArgs, sortSpec } from './shapes.js';

export default defineTool({
  name: 'copper_search_tasks',
  title: 'Search tasks',
  description: 'Search tasks.',
  method: 'POST',
  path: '/tasks/search',
  resource: 'task',
  access: 'read',
  list: true,
  input: z.object({
    name: z.string().describe('Name').optional(),
    ids: ids('Task').optional(),
    statuses: z
      .array(z.enum(['Open', 'Completed']))
      .describe('Statuses')
      .optional(),
    assignee_ids: idList('Owner').optional(),
    tags: anyTags.optional(),
    ...dateRange('due', 'Due'),
    ...sortArgs('name', 'due_date', 'date_created', 'date_modified'),
  }),
  filters: {
    name: { match: 'contains' }, // an OAS-only field (catalog §3.6), UNCONFIRMED; partial as for people
    ids: anyOf('id'),
    statuses: anyOf('status'),
    assignee_ids: anyOf('assignee_id', true),
    tags: anyOf('tags'),
    ...rangeSpec('due_date', 'due_date'),
  },
  sort: sortSpec(),
});
