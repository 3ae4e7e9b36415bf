import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { anyTags, idList, ids } from './shapes.js';

export default defineTool({
  name: 'copper_search_leads',
  title: 'Search leads',
  description: 'Search leads.',
  method: 'POST', path: '/leads/search', resource: 'lead', access: 'read', list: true,
  input: z.object({
    name: z.string().describe('Name').optional(),
    emails: z.string().describe('Email').optional(),
    ids: ids('Lead').optional(),
    tags: anyTags.optional(),
    assignee_ids: idList('Owner').optional(),
    status_ids: ids('Lead status').optional(),
  }),
});
