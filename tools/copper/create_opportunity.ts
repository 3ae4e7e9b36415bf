import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { assigneeId, customFields, details, tags } from './shapes.js';

export const oppFields = {
  primary_contact_id: z.number().int().describe('Primary contact person id'),
  company_id: z.number().int().describe('Company id'),
  pipeline_id: z.number().int().describe('Pipeline id'),
  pipeline_stage_id: z.number().int().describe('Stage id'),
  monetary_value: z.number().describe('Deal value'),
  close_date: z.string().regex(/^\d{1,2}\/\d{1,2}\/\d{4}$/).describe('Expected close date MM/DD/YYYY'),
  status: z.enum(['Open', 'Won', 'Lost', 'Abandoned']).describe('Status'),
  priority: z.enum(['None', 'Low', 'Medium', 'High']).describe('Priority'),
  win_probability: z.number().int().min(0).max(100).describe('Win probability %'),
  customer_source_id: z.number().int().describe('Customer source id'),
  loss_reason_id: z.number().int().describe('Loss reason id'),
  assignee_id: assigneeId,
  details,
  tags,
  custom_fields: customFields,
};

export default defineTool({
  name: 'copper_create_opportunity',
  title: 'Create opportunity',
  description: 'Create a Copper opportunity (deal). Returns the new record.',
  method: 'POST', path: '/opportunities', resource: 'opportunity', access: 'write',
  input: z.object({ name: z.string().min(1).describe('Opportunity name') }).extend(z.object(oppFields).partial().shape),
});
