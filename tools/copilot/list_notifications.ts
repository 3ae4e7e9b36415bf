import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copilot_list_notifications',
  title: 'List notifications',
  description: 'List notifications.',
  method: 'GET',
  path: '/notifications',
  resource: 'notification',
  access: 'read',
  // Paging is UNCONFIRMED (the SDK declares none, one first-party app sends `limit`): no paging arguments
  // are offered and the one answer is read whole.
  list: { style: 'none' },
  // includeRead widens (unread only by default): no FilterSpec match says that, so the sandbox route
  // applies it and it is declared `shape` here.
  filters: { recipientClientId: { match: 'equals' }, recipientInternalUserId: { match: 'equals' }, includeRead: { match: 'shape' } },
  input: z.object({
    recipientClientId: id('Client').optional(),
    recipientInternalUserId: id('Internal user').optional(),
    includeRead: z.boolean().describe('Also read ones').optional(),
  }),
});
