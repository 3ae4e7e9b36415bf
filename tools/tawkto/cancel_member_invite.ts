import { defineTool } from '../../src/declaration.js';
import { ref } from './shapes.js';

export default defineTool({
  name: 'tawkto_cancel_member_invite',
  title: 'Cancel invite',
  description: 'Cancel an invite (members.remove-invite).',
  method: 'POST',
  path: '/members.remove-invite',
  resource: 'member',
  access: 'destructive',
  idempotent: true,
  sandbox: { op: 'delete', collection: 'invite', idArg: 'inviteId' },
  input: ref('inviteId', 'Invite'),
});
