import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { anyOf, anyTags, idList, ids, sortArgs, sortSpec } from './shapes.js';

export default defineTool({
  name: 'copper_search_projects',
  title: 'Search projects',
  description: 'Search projects.',
  method: 'POST',
  path: '/projects/search',
  resource: 'project',
  access: 'read',
  list: true,
  input: z.object({
    name: z.string().describe('Name').optional(),
    ids: ids('Project').optional(),
    tags: anyTags.optional(),
    assignee_ids: idList('Owner').optional(),
    ...sortArgs('name', 'date_created', 'date_modified'),
  }),
  filters: {
    name: { match: 'contains' }, // UNCONFIRMED, as for people
    ids: anyOf('id'),
    tags: anyOf('tags'),
    assignee_ids: anyOf('assignee_id', true),
  },
  sort: sortSpec(),
});
