import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copper_convert_lead',
  title: 'Convert lead',
  description: 'Convert a lead to a person, and optionally a company and opportunity; the lead is removed.',
  method: 'POST',
  path: '/leads/{id}/convert',
  resource: 'lead',
  access: 'destructive',
  bodyKey: 'details',
  input: z.object({
    id: id('Lead'),
    company: z
      .object({ id: z.number().int(), name: z.string(), exact_match: z.boolean() })
      .partial()
      .refine((c) => !(c.id !== undefined && c.name !== undefined), 'give company id or name, not both')
      .describe('id to attach, or name to match or create')
      .optional(),
    opportunity: z
      .object({
        name: z.string(),
        pipeline_id: z.number().int(),
        pipeline_stage_id: z.number().int().optional(),
        monetary_value: z.number().optional(),
      })
      .describe('Opportunity to create; omit for none')
      .optional(),
  }),
});
