import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { anyTags, idList, ids } from './shapes.js';

export default defineTool({
  name: 'copper_search_companies',
  title: 'Search companies',
  description: 'Search companies.',
  method: 'POST', path: '/companies/search', resource: 'company', access: 'read', list: true,
  input: z.object({
    name: z.string().describe('Name').optional(),
    email_domains: z.string().describe('Email domain').optional(),
    ids: ids('Company').optional(),
    tags: anyTags.optional(),
    assignee_ids: idList('Owner').optional(),
  }),
});
