import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { address, assigneeId, customFields, details, phoneNumbers, tags, urls } from './shapes.js';

export const leadEmail = z.object({ email: z.string().email(), category: z.string().optional() }).describe('Email {email, category}');
export const leadStatus = z.enum(['New', 'Unqualified', 'Contacted', 'Qualified']).describe('Lead status');

export default defineTool({
  name: 'copper_create_lead',
  title: 'Create lead',
  description: 'Create a Copper lead (not linked to a company record). Returns the new record.',
  method: 'POST', path: '/leads', resource: 'lead', access: 'write',
  input: z.object({
    name: z.string().min(1).describe('Lead name'),
    email: leadEmail.optional(),
    phone_numbers: phoneNumbers.optional(),
    address: address.optional(),
    company_name: z.string().describe('Company name (free text)').optional(),
    title: z.string().describe('Job title').optional(),
    status: leadStatus.optional(),
    customer_source_id: z.number().int().describe('Customer source id').optional(),
    monetary_value: z.number().describe('Expected value').optional(),
    assignee_id: assigneeId.optional(),
    details: details.optional(),
    tags: tags.optional(),
    websites: urls('Websites').optional(),
    custom_fields: customFields.optional(),
  }),
});
