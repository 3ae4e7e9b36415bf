import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { customFields, id } from './shapes.js';

export default defineTool({
  name: 'copilot_update_company',
  title: 'Update company',
  description: 'Change the name or custom fields of a company.',
  method: 'PATCH',
  path: '/companies/{id}',
  resource: 'company',
  access: 'write',
  input: z.object({
    id: id('Company'),
    name: z.string().min(1).describe('New name, unused by others').optional(),
    customFields: customFields.describe('As in copilot_create_company; a multi-select is replaced whole').optional(),
  }),
});
