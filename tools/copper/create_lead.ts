import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { assigneeId, details, tags } from './shapes.js';

export const leadFields = {
  email: z.object({ email: z.string().email(), category: z.string().optional() }).describe('Email'),
  company_name: z.string().describe('Company, free text'),
  title: z.string().describe('Job title'),
  status: z.enum(['New', 'Unqualified', 'Contacted', 'Qualified']).describe('Status'),
  monetary_value: z.number().describe('Value'),
  assignee_id: assigneeId,
  details,
  tags,
};

export default defineTool({
  name: 'copper_create_lead',
  title: 'Create lead',
  description: 'Create a lead.',
  method: 'POST', path: '/leads', resource: 'lead', access: 'write',
  input: z.object({ name: z.string().min(1).describe('Name') }).extend(z.object(leadFields).partial().shape),
});
