import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { anyId } from './shapes.js';

export default defineTool({
  name: 'dailybot_cancel_pending_invitation',
  title: 'Cancel pending invitation',
  description: 'Cancel a platform invitation.',
  method: 'DELETE',
  path: '/pending-invitations/{id}/',
  resource: 'invitation',
  access: 'destructive',
  input: z.object({ id: anyId('Invitation') }),
});
