import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { propertyId, id } from './shapes.js';

// Field names UNCONFIRMED (catalog §3.3).
export default defineTool({
  name: 'tawkto_update_member_invite',
  title: 'Change member invite',
  description: "Change a pending invite's role (members.edit-invite).",
  method: 'POST',
  path: '/members.edit-invite',
  resource: 'member',
  access: 'write',
  idempotent: true,
  sandbox: { op: 'update', collection: 'invite', idArg: 'inviteId' },
  input: z.object({ propertyId, inviteId: id('Invite'), role: z.string().describe('Role') }),
});
