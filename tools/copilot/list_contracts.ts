import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copilot_list_contracts',
  title: 'List contracts',
  description: 'List sent contracts.',
  method: 'GET',
  path: '/contracts',
  resource: 'contract',
  access: 'read',
  list: { style: 'none' },
  filters: { contractTemplateId: { match: 'equals' }, clientId: { match: 'equals' }, status: { match: 'equals' } },
  input: z.object({
    contractTemplateId: id('Template').optional(),
    clientId: id('Client').optional(),
    status: z.enum(['pending', 'signed']).describe('Status').optional(),
  }),
});
