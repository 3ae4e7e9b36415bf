import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { address, assigneeId, customFields, details, id, phoneNumbers, tags } from './shapes.js';
import { leadEmail, leadStatus } from './create_lead.js';

export default defineTool({
  name: 'copper_update_lead',
  title: 'Update lead',
  description: 'Change fields of a Copper lead; only given fields change, null clears one, lists are replaced whole.',
  method: 'PUT', path: '/leads/{id}', resource: 'lead', access: 'write',
  input: z.object({
    id: id('Lead'),
    name: z.string().min(1).describe('Lead name').optional(),
    email: leadEmail.nullable().optional(),
    phone_numbers: phoneNumbers.nullable().optional(),
    address: address.nullable().optional(),
    company_name: z.string().nullable().describe('Company name').optional(),
    title: z.string().nullable().describe('Job title').optional(),
    status: leadStatus.optional(),
    monetary_value: z.number().nullable().describe('Expected value').optional(),
    assignee_id: assigneeId.nullable().optional(),
    details: details.nullable().optional(),
    tags: tags.optional(),
    custom_fields: customFields.optional(),
  }),
});
