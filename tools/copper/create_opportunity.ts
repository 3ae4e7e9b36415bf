import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { assigneeId, customFieldsRef, details, tags } from './shapes.js';

export const oppFields = {
  company_id: z.number().int().describe('Company id'),
  pipeline_id: z.number().int().describe('Pipeline id'),
  pipeline_stage_id: z.number().int().describe('Stage id'),
  monetary_value: z.number().describe('Value'),
  // Checked by a refinement rather than a listed pattern: the description already says the format.
  close_date: z
    .string()
    .refine((v) => /^\d{1,2}\/\d{1,2}\/\d{4}$/.test(v), 'must be MM/DD/YYYY')
    .describe('MM/DD/YYYY'),
  status: z.enum(['Open', 'Won', 'Lost', 'Abandoned']).describe('Status'),
  priority: z.enum(['None', 'Low', 'Medium', 'High']).describe('Priority'),
  assignee_id: assigneeId,
  details,
  tags,
  custom_fields: customFieldsRef,
};
export const primaryContact = z.number().int().describe('Contact person id');

export const createInput = z
  .object({ name: z.string().min(1).describe('Name'), primary_contact_id: primaryContact })
  .extend(z.object(oppFields).partial().shape);

export default defineTool({
  name: 'copper_create_opportunity',
  title: 'Create opportunity',
  description: 'Create an opportunity (deal).',
  method: 'POST',
  path: '/opportunities',
  resource: 'opportunity',
  access: 'write',
  // name and primary_contact_id are required on create (catalog §3.5).
  input: createInput,
});
