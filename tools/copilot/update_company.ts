import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { companyFields } from './create_company.js';
import { id, sameAsCreate } from './shapes.js';

export default defineTool({
  name: 'copilot_update_company',
  title: 'Update company',
  description: 'Change the name or custom fields of a company (as in copilot_create_company).',
  method: 'PATCH', path: '/companies/{id}', resource: 'company', access: 'write',
  input: z.object({ id: id('Company') }).extend(sameAsCreate(companyFields)),
});
