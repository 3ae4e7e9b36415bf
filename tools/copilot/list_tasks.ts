import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copilot_list_tasks',
  title: 'List tasks',
  description: 'List tasks.',
  method: 'GET',
  path: '/tasks',
  resource: 'task',
  access: 'read',
  list: true,
  filters: {
    status: { match: 'equals' },
    clientId: { match: 'equals' },
    companyId: { match: 'equals' },
    internalUserId: { match: 'equals' },
    createdBy: { match: 'equals' },
    parentTaskId: { match: 'equals' },
  },
  input: z.object({
    status: z.enum(['todo', 'inProgress', 'completed']).describe('Status').optional(),
    clientId: id('Assigned client').optional(),
    companyId: id('Assigned company').optional(),
    internalUserId: id('Assigned internal user').optional(),
    createdBy: id('Creator').optional(),
    parentTaskId: id('Parent task').optional(),
  }),
});
