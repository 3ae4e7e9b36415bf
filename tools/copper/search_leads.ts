import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { anyOf, anyTags, idList, ids, numRange, rangeSpec, sortArgs, sortSpec } from './shapes.js';

export default defineTool({
  name: 'copper_search_leads',
  title: 'Search leads',
  description: 'Search leads.',
  method: 'POST',
  path: '/leads/search',
  resource: 'lead',
  access: 'read',
  list: true,
  input: z.object({
    name: z.string().describe('Name').optional(),
    emails: z.string().describe('Email').optional(), // one string for leads, unlike people (catalog §3.4)
    ids: ids('Lead').optional(),
    tags: anyTags.optional(),
    assignee_ids: idList('Owner').optional(),
    status_ids: ids('Lead status').optional(),
    ...numRange('monetary_value', 'Value'),
    ...sortArgs('name', 'value', 'date_created', 'date_modified'),
  }),
  filters: {
    name: { match: 'contains' }, // UNCONFIRMED, as for people
    emails: { match: 'equals', field: 'email.email' },
    ids: anyOf('id'),
    tags: anyOf('tags'),
    assignee_ids: anyOf('assignee_id', true),
    status_ids: anyOf('status_id'),
    ...rangeSpec('monetary_value', 'monetary_value'),
  },
  sort: sortSpec({ value: 'monetary_value' }),
});
