import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { pages } from './shapes.js';

export default defineTool({
  name: 'dailybot_list_pending_invitations',
  title: 'List pending invitations',
  description: 'List pending platform invitations.',
  method: 'GET', path: '/pending-invitations/', resource: 'invitation', access: 'read',
  list: pages, // page + page_size (max 100) [V3]
  input: z.object({}),
});
