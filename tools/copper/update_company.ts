import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { companyFields } from './create_company.js';
import { id, updateShape } from './shapes.js';

export const updateInput = updateShape(
  { id: id('Company'), name: z.string().min(1).describe('Name').optional() },
  companyFields,
  'copper_create_company',
);

export default defineTool({
  name: 'copper_update_company',
  title: 'Update company',
  description: 'Update a company; lists are replaced.',
  method: 'PUT',
  path: '/companies/{id}',
  resource: 'company',
  access: 'write',
  input: updateInput,
});
