import { defineTool } from '../../src/declaration.js';
import { ref } from './shapes.js';

export default defineTool({
  name: 'tawkto_remove_member',
  title: 'Remove member',
  description: 'Remove a member from a property (members.remove).',
  method: 'POST',
  path: '/members.remove',
  resource: 'member',
  access: 'destructive',
  idempotent: true,
  sandbox: { op: 'delete', idArg: 'memberId' },
  input: ref('memberId', 'Member'),
});
