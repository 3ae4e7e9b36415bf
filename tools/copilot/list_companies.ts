import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';

export default defineTool({
  name: 'copilot_list_companies',
  title: 'List companies',
  description: 'List companies.',
  method: 'GET',
  path: '/companies',
  resource: 'company',
  access: 'read',
  list: true,
  // name: exactness and case are UNCONFIRMED ("the name of the company to query for"): exact and
  // case-sensitive, the narrowest reading, so a match here also matches upstream.
  filters: { name: { match: 'equals', caseSensitive: true }, isPlaceholder: { match: 'equals' } },
  input: z.object({
    name: z.string().describe('Name').optional(),
    isPlaceholder: z.boolean().describe('Placeholder companies only, or none').optional(),
  }),
});
