import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { dateRange, followed, idList, location, sortDirection } from './shapes.js';

export default defineTool({
  name: 'copper_search_people',
  title: 'Search people',
  description: 'Search Copper people (contacts); filters are ANDed. Returns full person records.',
  method: 'POST', path: '/people/search', resource: 'person', access: 'read', list: true,
  input: z.object({
    name: z.string().describe('Full name').optional(),
    emails: z.array(z.string()).describe('Email addresses').optional(),
    phone_number: z.string().describe('Phone number').optional(),
    ids: z.array(z.number().int()).describe('Person ids').optional(),
    tags: z.array(z.string()).describe('Tags (any)').optional(),
    assignee_ids: idList('Owner user').optional(),
    company_ids: idList('Company').optional(),
    contact_type_ids: z.array(z.number().int()).describe('Contact type ids').optional(),
    ...location,
    followed: followed.optional(),
    ...dateRange('created', 'creation'),
    ...dateRange('interaction', 'last interaction'),
    sort_by: z.enum(['name', 'first_name', 'last_name', 'title', 'email', 'phone', 'date_modified', 'date_created', 'city', 'state', 'country', 'zip']).describe('Sort field').optional(),
    sort_direction: sortDirection.optional(),
  }),
});
