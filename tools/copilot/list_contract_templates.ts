import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';

export default defineTool({
  name: 'copilot_list_contract_templates',
  title: 'List contract templates',
  description: 'List contract templates.',
  method: 'GET',
  path: '/contract-templates',
  resource: 'contract_template',
  access: 'read',
  list: true,
  // name: exactness and case UNCONFIRMED; exact and case-sensitive, the narrowest reading.
  filters: { name: { match: 'equals', caseSensitive: true } },
  input: z.object({
    name: z.string().describe('Name').optional(),
  }),
});
