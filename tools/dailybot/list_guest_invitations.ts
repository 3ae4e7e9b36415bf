import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';

export default defineTool({
  name: 'dailybot_list_guest_invitations',
  title: 'List guest invitations',
  description: 'List pending guest invitations.',
  method: 'GET',
  path: '/pending-invitations/guests/',
  resource: 'invitation',
  access: 'read',
  // Sized by page_size like /pending-invitations/ [V3] — UNCONFIRMED for this sub-path.
  list: { sizeParam: 'page_size' },
  input: z.object({}),
  sandbox: { collection: 'guest_invitation' },
});
