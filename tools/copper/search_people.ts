import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { anyOf, anyTags, dateRange, idList, ids, rangeSpec, sortArgs, sortSpec } from './shapes.js';

export default defineTool({
  name: 'copper_search_people',
  title: 'Search people',
  description: 'Search people (contacts).',
  method: 'POST',
  path: '/people/search',
  resource: 'person',
  access: 'read',
  list: true,
  input: z.object({
    name: z.string().describe('Full name').optional(),
    emails: z.array(z.string()).describe('Emails').optional(),
    ids: ids('Person').optional(),
    tags: anyTags.optional(),
    assignee_ids: idList('Owner').optional(),
    company_ids: idList('Company').optional(),
    contact_type_ids: ids('Contact type').optional(),
    ...dateRange('created', 'Created'),
    ...sortArgs('name', 'email', 'date_created', 'date_modified'),
  }),
  filters: {
    // Name matching is not documented (UNCONFIRMED); Copper's search finds name fragments, so: partial.
    name: { match: 'contains' },
    emails: { match: 'any', field: 'emails.email' },
    ids: anyOf('id'),
    tags: anyOf('tags'), // "match at least one of the tags"
    assignee_ids: anyOf('assignee_id', true),
    company_ids: anyOf('company_id', true),
    contact_type_ids: anyOf('contact_type_id'),
    ...rangeSpec('created_date', 'date_created'),
  },
  sort: sortSpec({ email: 'emails.email' }),
});
