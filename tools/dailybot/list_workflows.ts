import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { listQuery, listQueryFilters } from './shapes.js';

export default defineTool({
  name: 'dailybot_list_workflows',
  title: 'List workflows',
  description: 'List automation workflows.',
  method: 'GET',
  path: '/workflows/',
  resource: 'workflow',
  access: 'read',
  list: true,
  // `order`, `is_ascend` and `workflows_uuids` [V3] are left out for the token budget.
  input: z.object({
    name: z.string().describe('Name').optional(),
    filter: z.enum(['all', 'me', 'others', 'active', 'inactive']).describe('Owner or state').optional(),
    ...listQuery,
  }),
  // `filter` mixes owner and state in one value: the sandbox route applies it. `name` is UNCONFIRMED as
  // partial or exact: partial is assumed (the defensive choice for a name search).
  filters: { name: { match: 'contains' }, filter: { match: 'shape' }, ...listQueryFilters(['name', 'description']) },
});
