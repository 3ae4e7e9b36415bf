import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { anyId } from './shapes.js';

export default defineTool({
  name: 'dailybot_get_guest_invitation',
  title: 'Get guest invitation',
  description: 'Fetch one guest invitation.',
  method: 'GET',
  path: '/pending-invitations/guests/{id}/',
  resource: 'invitation',
  access: 'read',
  input: z.object({ id: anyId('Invitation') }),
  sandbox: { collection: 'guest_invitation' },
});
