import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { oppFields, primaryContact } from './create_opportunity.js';
import { id, updateShape } from './shapes.js';

export const updateInput = updateShape(
  { id: id('Opportunity'), name: z.string().min(1).describe('Name').optional(), primary_contact_id: primaryContact.optional() },
  oppFields,
  'copper_create_opportunity',
);

export default defineTool({
  name: 'copper_update_opportunity',
  title: 'Update opportunity',
  description: 'Update an opportunity (stage, status…); lists are replaced.',
  method: 'PUT',
  path: '/opportunities/{id}',
  resource: 'opportunity',
  access: 'write',
  input: updateInput,
});
