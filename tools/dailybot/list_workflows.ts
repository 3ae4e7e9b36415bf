import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';

export default defineTool({
  name: 'dailybot_list_workflows',
  title: 'List workflows',
  description: 'List automation workflows.',
  method: 'GET', path: '/workflows/', resource: 'workflow', access: 'read', list: true,
  // `order`, `is_ascend` and `workflows_uuids` [V3] are left out for the token budget.
  input: z.object({
    name: z.string().describe('Name contains').optional(),
    filter: z.enum(['all', 'me', 'others', 'active', 'inactive']).describe('Filter').optional(),
  }),
  sandbox: { op: 'custom' },
});
