import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { assigneeId, details, phoneNumbers, tags } from './shapes.js';

export const leadFields = {
  email: z.object({ email: z.string().email(), category: z.string().optional() }).describe('Email'),
  phone_numbers: phoneNumbers,
  company_name: z.string().describe('Company, free text'),
  title: z.string().describe('Job title'),
  // `status` (name) per the 2019 docs; [LIN] writes status_id instead (catalog §8.6, UNCONFIRMED): the documented name is kept.
  status: z.enum(['New', 'Unqualified', 'Contacted', 'Qualified']).describe('Status'),
  customer_source_id: z.number().int().describe('Customer source id'),
  monetary_value: z.number().describe('Value'),
  assignee_id: assigneeId,
  details,
  tags,
};

export const createInput = z.object({ name: z.string().min(1).describe('Name') }).extend(z.object(leadFields).partial().shape);

export default defineTool({
  name: 'copper_create_lead',
  title: 'Create lead',
  description: 'Create a lead.',
  method: 'POST',
  path: '/leads',
  resource: 'lead',
  access: 'write',
  input: createInput,
});
