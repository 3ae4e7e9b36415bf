import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { personFields } from './create_person.js';
import { id, updateShape } from './shapes.js';

export const updateInput = updateShape(
  { id: id('Person'), name: z.string().min(1).describe('Full name').optional() },
  personFields,
  'copper_create_person',
);

export default defineTool({
  name: 'copper_update_person',
  title: 'Update person',
  // Update does not re-link company_id (catalog §3.2): the company is changed with the Related Items API.
  description: 'Update a person; lists are replaced. Company: copper_relate_records.',
  method: 'PUT',
  path: '/people/{id}',
  resource: 'person',
  access: 'write',
  input: updateInput,
});
