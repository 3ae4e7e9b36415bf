import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { address, assigneeId, customFields, details, emails, id, phoneNumbers, tags, urls } from './shapes.js';

export default defineTool({
  name: 'copper_update_person',
  title: 'Update person',
  description: 'Change fields of a Copper person; only given fields change, null clears one, lists are replaced whole. Returns the record.',
  method: 'PUT', path: '/people/{id}', resource: 'person', access: 'write',
  input: z.object({
    id: id('Person'),
    name: z.string().min(1).describe('Full name').optional(),
    emails: emails.nullable().optional(),
    phone_numbers: phoneNumbers.nullable().optional(),
    address: address.nullable().optional(),
    title: z.string().nullable().describe('Job title').optional(),
    assignee_id: assigneeId.nullable().optional(),
    contact_type_id: z.number().int().nullable().describe('Contact type id').optional(),
    details: details.nullable().optional(),
    tags: tags.optional(),
    socials: urls('Social profiles').nullable().optional(),
    websites: urls('Websites').nullable().optional(),
    custom_fields: customFields.optional(),
  }),
});
