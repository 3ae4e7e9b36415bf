import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { dateRange, followed, idList, location, sortDirection } from './shapes.js';

export default defineTool({
  name: 'copper_search_companies',
  title: 'Search companies',
  description: 'Search Copper companies; filters are ANDed. Returns full company records.',
  method: 'POST', path: '/companies/search', resource: 'company', access: 'read', list: true,
  input: z.object({
    name: z.string().describe('Company name').optional(),
    ids: z.array(z.number().int()).describe('Company ids').optional(),
    email_domains: z.string().describe('Email domain, e.g. acme.com').optional(),
    phone_number: z.string().describe('Phone number').optional(),
    tags: z.array(z.string()).describe('Tags (any)').optional(),
    assignee_ids: idList('Owner user').optional(),
    contact_type_ids: z.array(z.number().int()).describe('Contact type ids').optional(),
    ...location,
    followed: followed.optional(),
    ...dateRange('created', 'creation'),
    ...dateRange('interaction', 'last interaction'),
    sort_by: z.enum(['name', 'phone', 'contact', 'date_modified', 'date_created', 'email_domain', 'city', 'state', 'country', 'zip', 'assignee', 'last_interaction', 'interaction_count']).describe('Sort field').optional(),
    sort_direction: sortDirection.optional(),
  }),
});
