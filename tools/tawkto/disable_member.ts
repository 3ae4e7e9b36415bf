import { defineTool } from '../../src/declaration.js';
import { ref } from './shapes.js';

// The member id field name is UNCONFIRMED (catalog §3.3).
export default defineTool({
  name: 'tawkto_disable_member',
  title: 'Disable member',
  description: 'Disable a member; reversible (members.disable).',
  method: 'POST',
  path: '/members.disable',
  resource: 'member',
  access: 'write',
  idempotent: true,
  sandbox: { idArg: 'memberId' },
  input: ref('memberId', 'Member'),
});
