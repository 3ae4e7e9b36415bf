import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { anyOf, anyTags, dateRange, idList, ids, rangeSpec, sortArgs, sortSpec } from './shapes.js';

export default defineTool({
  name: 'copper_search_companies',
  title: 'Search companies',
  description: 'Search companies.',
  method: 'POST',
  path: '/companies/search',
  resource: 'company',
  access: 'read',
  list: true,
  input: z.object({
    name: z.string().describe('Name').optional(),
    // A string in the docs (catalog §8.4), though named in the plural; one domain, matched whole.
    email_domains: z.string().describe('Email domain').optional(),
    ids: ids('Company').optional(),
    tags: anyTags.optional(),
    assignee_ids: idList('Owner').optional(),
    ...dateRange('created', 'Created'),
    ...sortArgs('name', 'email_domain', 'date_created', 'date_modified'),
  }),
  filters: {
    name: { match: 'contains' }, // UNCONFIRMED, as for people
    email_domains: { match: 'equals', field: 'email_domain' },
    ids: anyOf('id'),
    tags: anyOf('tags'),
    assignee_ids: anyOf('assignee_id', true),
    ...rangeSpec('created_date', 'date_created'),
  },
  sort: sortSpec(),
});
