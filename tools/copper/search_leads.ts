import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { dateRange, followed, idList, location, sortDirection } from './shapes.js';

export default defineTool({
  name: 'copper_search_leads',
  title: 'Search leads',
  description: 'Search Copper leads; filters are ANDed. Returns full lead records.',
  method: 'POST', path: '/leads/search', resource: 'lead', access: 'read', list: true,
  input: z.object({
    name: z.string().describe('Lead name').optional(),
    emails: z.string().describe('Email address').optional(),
    phone_number: z.string().describe('Phone number').optional(),
    ids: z.array(z.number().int()).describe('Lead ids').optional(),
    tags: z.array(z.string()).describe('Tags (any)').optional(),
    assignee_ids: idList('Owner user').optional(),
    status_ids: z.array(z.number().int()).describe('Lead status ids').optional(),
    customer_source_ids: idList('Customer source').optional(),
    ...location,
    followed: followed.optional(),
    minimum_monetary_value: z.number().describe('Minimum value').optional(),
    maximum_monetary_value: z.number().describe('Maximum value').optional(),
    ...dateRange('created', 'creation'),
    ...dateRange('modified', 'modification'),
    include_converted_leads: z.boolean().describe('Include converted leads').optional(),
    sort_by: z.enum(['name', 'first_name', 'last_name', 'company_name', 'title', 'value', 'email', 'phone', 'date_modified', 'date_created', 'city', 'state', 'country', 'zip', 'inactive_days']).describe('Sort field').optional(),
    sort_direction: sortDirection.optional(),
  }),
});
