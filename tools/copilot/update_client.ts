import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { customFields, id, sendInvite } from './shapes.js';

export default defineTool({
  name: 'copilot_update_client',
  title: 'Update client',
  description: 'Change given fields of a client; the email cannot change.',
  method: 'PATCH',
  path: '/clients/{id}',
  resource: 'client',
  access: 'write',
  query: ['sendInvite'],
  input: z.object({
    id: id('Client'),
    givenName: z.string().min(1).describe('First name').optional(),
    familyName: z.string().min(1).describe('Last name').optional(),
    companyId: id('Company').describe('Company id; replaces the current one').optional(),
    customFields: customFields.describe('As in copilot_create_client; a multi-select is replaced whole').optional(),
    sendInvite: sendInvite.optional(),
  }),
});
