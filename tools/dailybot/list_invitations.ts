import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { pages } from './shapes.js';

export default defineTool({
  name: 'dailybot_list_invitations',
  title: 'List invitations',
  description: 'List all invitations.',
  method: 'GET', path: '/pending-invitations/all/', resource: 'invitation', access: 'read',
  // Paged like /pending-invitations/ (page + page_size) — UNCONFIRMED; an envelope or a bare array is read either way.
  list: pages,
  input: z.object({}),
  sandbox: { op: 'custom' },
});
