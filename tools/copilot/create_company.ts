import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { customFields } from './shapes.js';

export const companyFields = {
  name: z.string().min(1).describe('Name, unique'),
  customFields,
};

export default defineTool({
  name: 'copilot_create_company',
  title: 'Create company',
  description: 'Create a company.',
  method: 'POST',
  path: '/companies',
  resource: 'company',
  access: 'write',
  input: z.object({
    name: companyFields.name,
    iconImageUrl: z.url().describe('Public icon URL').optional(),
    fallbackColor: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/)
      .describe('Hex icon color')
      .optional(),
    customFields: customFields.optional(),
  }),
});
