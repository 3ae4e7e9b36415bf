import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { customFields, id, sendInvite } from './shapes.js';

// Whether create/update accept `companyIds` (multi-company clients) is UNCONFIRMED: only the
// documented `companyId` is offered.
export const clientFields = {
  givenName: z.string().min(1).describe('First name'),
  familyName: z.string().min(1).describe('Last name'),
  companyId: id('Company'),
  customFields,
};

export default defineTool({
  name: 'copilot_create_client',
  title: 'Create client',
  description: 'Create a client; sendInvite emails them a portal invite.',
  method: 'POST',
  path: '/clients',
  resource: 'client',
  access: 'write',
  query: ['sendInvite'],
  input: z.object({
    email: z.string().email().describe('Email'),
    givenName: clientFields.givenName,
    familyName: clientFields.familyName,
    companyId: clientFields.companyId.describe('Company id; default a new placeholder').optional(),
    customFields: customFields.optional(),
    sendInvite: sendInvite.optional(),
  }),
});
