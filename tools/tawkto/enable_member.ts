import { defineTool } from '../../src/declaration.js';
import { ref } from './shapes.js';

// The member id field name is UNCONFIRMED (catalog §3.3).
export default defineTool({
  name: 'tawkto_enable_member',
  title: 'Enable member',
  description: 'Enable a member (members.enable).',
  method: 'POST',
  path: '/members.enable',
  resource: 'member',
  access: 'write',
  idempotent: true,
  sandbox: { idArg: 'memberId' },
  input: ref('memberId', 'Member'),
});
