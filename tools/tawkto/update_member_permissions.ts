import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id, propertyId, settings } from './shapes.js';

// Role and permission field names UNCONFIRMED.
export default defineTool({
  name: 'tawkto_update_member_permissions',
  title: 'Update member permissions',
  description: "Change a member's role or permissions (members.update-permissions).",
  method: 'POST',
  path: '/members.update-permissions',
  resource: 'member',
  access: 'write',
  idempotent: true,
  sandbox: { op: 'update', idArg: 'memberId' },
  input: z.object({
    propertyId,
    memberId: id('Member'),
    role: z.string().describe('Role, e.g. agent, admin').optional(),
    permissions: settings('Permission → level').optional(),
  }),
});
