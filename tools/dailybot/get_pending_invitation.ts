import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { anyId } from './shapes.js';

export default defineTool({
  name: 'dailybot_get_pending_invitation',
  title: 'Get pending invitation',
  description: 'Fetch one platform invitation.',
  method: 'GET',
  path: '/pending-invitations/{id}/',
  resource: 'invitation',
  access: 'read',
  input: z.object({ id: anyId('Invitation') }),
});
