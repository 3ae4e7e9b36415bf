import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';

export default defineTool({
  name: 'copilot_list_companies',
  title: 'List companies',
  description: 'List companies.',
  method: 'GET', path: '/companies', resource: 'company', access: 'read', list: true,
  input: z.object({
    name: z.string().describe('Name').optional(),
    isPlaceholder: z.boolean().describe('Placeholder companies only, or none').optional(),
  }),
});
