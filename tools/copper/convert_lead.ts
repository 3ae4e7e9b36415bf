import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copper_convert_lead',
  title: 'Convert lead',
  description: 'Convert a Copper lead into a person, optionally with a company and an opportunity. The lead is removed. Returns {person, company, opportunity}.',
  method: 'POST', path: '/leads/{id}/convert', resource: 'lead', access: 'destructive', bodyKey: 'details',
  input: z.object({
    id: id('Lead'),
    person: z
      .object({ name: z.string().optional(), contact_type_id: z.number().int().optional(), assignee_id: z.number().int().optional() })
      .describe('Person overrides {name, contact_type_id, assignee_id}')
      .optional(),
    company: z
      .object({ id: z.number().int().optional(), name: z.string().optional(), exact_match: z.boolean().optional() })
      .refine((c) => !(c.id !== undefined && c.name !== undefined), 'give company id or name, not both')
      .describe('Company: {id} to attach, {name} to match or create ("" = none), exact_match')
      .optional(),
    opportunity: z
      .object({
        name: z.string(), pipeline_id: z.number().int(), pipeline_stage_id: z.number().int().optional(),
        monetary_value: z.number().optional(), assignee_id: z.number().int().optional(),
      })
      .describe('Opportunity to create {name, pipeline_id, pipeline_stage_id?, monetary_value?, assignee_id?}; omit for none')
      .optional(),
  }),
  sandbox: { op: 'custom' },
});
