import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { assigneeId, customFields, details, tags } from './shapes.js';

export const oppFields = {
  primary_contact_id: z.number().int().describe('Contact person id'),
  company_id: z.number().int().describe('Company id'),
  pipeline_id: z.number().int().describe('Pipeline id'),
  pipeline_stage_id: z.number().int().describe('Stage id'),
  monetary_value: z.number().describe('Value'),
  close_date: z.string().regex(/^\d{1,2}\/\d{1,2}\/\d{4}$/).describe('MM/DD/YYYY'),
  status: z.enum(['Open', 'Won', 'Lost', 'Abandoned']).describe('Status'),
  assignee_id: assigneeId,
  details,
  tags,
  custom_fields: customFields,
};

export default defineTool({
  name: 'copper_create_opportunity',
  title: 'Create opportunity',
  description: 'Create an opportunity (deal).',
  method: 'POST', path: '/opportunities', resource: 'opportunity', access: 'write',
  input: z.object({ name: z.string().min(1).describe('Name') }).extend(z.object(oppFields).partial().shape),
});
