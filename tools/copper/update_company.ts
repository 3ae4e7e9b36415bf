import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { address, assigneeId, customFields, details, id, phoneNumbers, tags, urls } from './shapes.js';

export default defineTool({
  name: 'copper_update_company',
  title: 'Update company',
  description: 'Change fields of a Copper company; only given fields change, null clears one, lists are replaced whole.',
  method: 'PUT', path: '/companies/{id}', resource: 'company', access: 'write',
  input: z.object({
    id: id('Company'),
    name: z.string().min(1).describe('Company name').optional(),
    email_domain: z.string().nullable().describe('Email domain').optional(),
    address: address.nullable().optional(),
    phone_numbers: phoneNumbers.nullable().optional(),
    assignee_id: assigneeId.nullable().optional(),
    details: details.nullable().optional(),
    tags: tags.optional(),
    websites: urls('Websites').nullable().optional(),
    custom_fields: customFields.optional(),
  }),
});
