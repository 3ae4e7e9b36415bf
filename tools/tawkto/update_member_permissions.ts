import { defineTool } from '../../src/declaration.js';
import { id, openBody } from './shapes.js';

// Role and permission field names UNCONFIRMED: they pass through as given.
export default defineTool({
  name: 'tawkto_update_member_permissions',
  title: 'Update member permissions',
  description: "Change a member's role or permissions (members.update-permissions).",
  method: 'POST', path: '/members.update-permissions', resource: 'member', access: 'write',
  idempotent: true,
  sandbox: { op: 'update', idArg: 'memberId' },
  input: openBody({ memberId: id('Member') }),
});
