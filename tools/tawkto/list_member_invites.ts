import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { byProperty, propertyId } from './shapes.js';

// Paging UNCONFIRMED: one call, `data[]` as for members.list.
export default defineTool({
  name: 'tawkto_list_member_invites',
  title: 'List member invites',
  description: 'List pending invites (members.list-invites).',
  method: 'POST',
  path: '/members.list-invites',
  resource: 'member',
  access: 'read',
  list: { style: 'none' },
  sandbox: { collection: 'invite' },
  itemFields: ['id', 'propertyId', 'email', 'role', 'createdOn', 'updatedOn'],
  filters: byProperty,
  input: z.object({ propertyId }),
});
