import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { pages } from './shapes.js';

export default defineTool({
  name: 'dailybot_list_guest_invitations',
  title: 'List guest invitations',
  description: 'List pending guest invitations.',
  method: 'GET', path: '/pending-invitations/guests/', resource: 'invitation', access: 'read',
  // Paged like /pending-invitations/ (page + page_size) — UNCONFIRMED; an envelope or a bare array is read either way.
  list: pages,
  input: z.object({}),
  sandbox: { collection: 'guest_invitation' },
});
