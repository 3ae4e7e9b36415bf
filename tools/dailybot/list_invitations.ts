import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';

export default defineTool({
  name: 'dailybot_list_invitations',
  title: 'List invitations',
  description: 'List all invitations.',
  method: 'GET',
  path: '/pending-invitations/all/',
  resource: 'invitation',
  access: 'read',
  // Sized by page_size like /pending-invitations/ [V3] — UNCONFIRMED for this sub-path.
  list: { sizeParam: 'page_size' },
  input: z.object({}),
});
