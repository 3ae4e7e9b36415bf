import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { clientFields } from './create_client.js';
import { id, sameAsCreate, sendInvite } from './shapes.js';

export default defineTool({
  name: 'copilot_update_client',
  title: 'Update client',
  description: 'Change given copilot_create_client fields (not email) of a client.',
  method: 'PATCH', path: '/clients/{id}', resource: 'client', access: 'write', query: ['sendInvite'],
  input: z.object({ id: id('Client'), sendInvite: sendInvite.optional() }).extend(sameAsCreate(clientFields)),
});
