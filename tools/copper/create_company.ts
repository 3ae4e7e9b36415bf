import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { address, assigneeId, customFields, details, phoneNumbers, tags, urls } from './shapes.js';

export default defineTool({
  name: 'copper_create_company',
  title: 'Create company',
  description: 'Create a Copper company. Fails if the email domain is taken. Returns the new record.',
  method: 'POST', path: '/companies', resource: 'company', access: 'write',
  input: z.object({
    name: z.string().min(1).describe('Company name'),
    email_domain: z.string().describe('Email domain (unique)').optional(),
    address: address.optional(),
    phone_numbers: phoneNumbers.optional(),
    assignee_id: assigneeId.optional(),
    contact_type_id: z.number().int().describe('Contact type id').optional(),
    details: details.optional(),
    tags: tags.optional(),
    websites: urls('Websites').optional(),
    socials: urls('Social profiles').optional(),
    custom_fields: customFields.optional(),
  }),
});
