import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { address, assigneeId, customFields, details, emails, phoneNumbers, tags, urls } from './shapes.js';

export default defineTool({
  name: 'copper_create_person',
  title: 'Create person',
  description: 'Create a Copper person. Fails if an email already belongs to another person. Returns the new record.',
  method: 'POST', path: '/people', resource: 'person', access: 'write',
  input: z.object({
    name: z.string().min(1).describe('Full name'),
    emails: emails.optional(),
    phone_numbers: phoneNumbers.optional(),
    address: address.optional(),
    title: z.string().describe('Job title').optional(),
    company_id: z.number().int().describe('Company id to link').optional(),
    company_name: z.string().describe('Company name').optional(),
    assignee_id: assigneeId.optional(),
    contact_type_id: z.number().int().describe('Contact type id').optional(),
    details: details.optional(),
    tags: tags.optional(),
    socials: urls('Social profiles').optional(),
    websites: urls('Websites').optional(),
    custom_fields: customFields.optional(),
  }),
});
