import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';

// custom-fields/general/create-a-new-custom-field-definition.md (2019 docs). The table calls `options`
// an integer array, but its example body and every example response use [{name}] objects: the example wins.
export const fieldDefFields = {
  name: z.string().min(1).describe('Name'),
  data_type: z
    .enum(['Checkbox', 'Currency', 'Date', 'Dropdown', 'Float', 'MultiSelect', 'Percentage', 'String', 'Text', 'URL'])
    .describe('Type'),
  available_on: z.array(z.enum(['lead', 'person', 'opportunity', 'company', 'project', 'task'])).describe('Record types'),
  options: z.array(z.object({ name: z.string().min(1) })).describe('Options'),
  currency: z
    .string()
    .refine((v) => /^[A-Za-z]{3}$/.test(v), 'must be a 3-letter code')
    .describe('Currency, e.g. USD'),
};
const least: Record<string, number> = { Dropdown: 1, MultiSelect: 2 };

export default defineTool({
  name: 'copper_create_custom_field_definition',
  title: 'Create custom field',
  description: 'Create a custom field. Dropdown needs 1+ options, MultiSelect 2+.',
  method: 'POST',
  path: '/custom_field_definitions',
  resource: 'custom_field',
  access: 'write',
  input: z
    .object({
      name: fieldDefFields.name,
      data_type: fieldDefFields.data_type,
      available_on: fieldDefFields.available_on.optional(),
      options: fieldDefFields.options.optional(),
      currency: fieldDefFields.currency.optional(),
    })
    .superRefine((a, ctx) => {
      const n = least[a.data_type];
      if (n && (a.options?.length ?? 0) < n)
        ctx.addIssue({ code: 'custom', path: ['options'], message: `${a.data_type} needs at least ${n} option${n > 1 ? 's' : ''}` });
    }),
});
