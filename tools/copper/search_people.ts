import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { anyTags, dateRange, idList, ids, sort } from './shapes.js';

export default defineTool({
  name: 'copper_search_people',
  title: 'Search people',
  description: 'Search people (contacts).',
  method: 'POST', path: '/people/search', resource: 'person', access: 'read', list: true,
  input: z.object({
    name: z.string().describe('Full name').optional(),
    emails: z.array(z.string()).describe('Emails').optional(),
    ids: ids('Person').optional(),
    tags: anyTags.optional(),
    assignee_ids: idList('Owner').optional(),
    company_ids: idList('Company').optional(),
    ...dateRange('created', 'Created'),
    ...sort('name', 'date_modified'),
  }),
});
