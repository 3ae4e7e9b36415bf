import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { leadFields } from './create_lead.js';
import { checkStrict, optionalAll } from './shapes.js';

const properties = z.object({ name: z.string().min(1).optional(), ...optionalAll(leadFields) });

export default defineTool({
  name: 'copper_upsert_lead',
  title: 'Upsert lead',
  description: 'Update the one lead `match` finds, or create it if none; several matches fail.',
  method: 'PUT',
  path: '/leads/upsert',
  resource: 'lead',
  access: 'write',
  input: z
    .object({
      properties: z.record(z.string(), z.unknown()).describe('Lead fields, as in copper_create_lead'),
      match: z
        .object({
          field_name: z.enum(['name', 'email', 'custom']),
          field_value: z.union([
            z.string(),
            z.object({ custom_field_definition_id: z.number().int(), value: z.union([z.string(), z.number(), z.boolean()]) }),
          ]),
        })
        .describe('custom: field_value is {custom_field_definition_id, value}'),
    })
    .superRefine((a, ctx) => {
      checkStrict(properties, a.properties, ctx, ['properties']);
      if ((a.match.field_name === 'custom') !== (typeof a.match.field_value === 'object'))
        ctx.addIssue({ code: 'custom', path: ['match', 'field_value'], message: 'an object exactly when field_name is custom' });
    }),
});
