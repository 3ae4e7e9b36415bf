import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { companyFields } from './create_company.js';
import { id, sameAsCreate } from './shapes.js';

export default defineTool({
  name: 'copper_update_company',
  title: 'Update company',
  description: 'Update a company with any copper_create_company fields; lists are replaced.',
  method: 'PUT', path: '/companies/{id}', resource: 'company', access: 'write',
  input: z.object({ id: id('Company'), name: z.string().min(1).describe('Name').optional() }).extend(sameAsCreate(companyFields)),
});
