import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { anyId } from './shapes.js';

export default defineTool({
  name: 'dailybot_cancel_guest_invitation',
  title: 'Cancel guest invitation',
  description: 'Cancel a guest invitation.',
  method: 'DELETE',
  path: '/pending-invitations/guests/{id}/',
  resource: 'invitation',
  access: 'destructive',
  input: z.object({ id: anyId('Invitation') }),
});
