import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { propertyId } from './shapes.js';

// Field names and the role values are UNCONFIRMED (catalog §3.3 lists propertyId, email, role).
export default defineTool({
  name: 'tawkto_invite_member',
  title: 'Invite member',
  description: 'Invite someone by email; sends an invitation (members.invite).',
  method: 'POST',
  path: '/members.invite',
  resource: 'member',
  access: 'write',
  sandbox: { op: 'create', collection: 'invite' },
  input: z.object({
    propertyId,
    email: z.string().email().describe('Email'),
    role: z.string().describe('Role, e.g. agent, admin'),
  }),
});
