import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';

export default defineTool({
  name: 'dailybot_list_pending_invitations',
  title: 'List pending invitations',
  description: 'List pending platform invitations.',
  method: 'GET',
  path: '/pending-invitations/',
  resource: 'invitation',
  access: 'read',
  list: { sizeParam: 'page_size' }, // page + page_size (max 100) [V3]; the walk follows `next`
  input: z.object({}),
});
