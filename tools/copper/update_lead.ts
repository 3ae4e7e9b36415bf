import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { leadFields } from './create_lead.js';
import { id, updateShape } from './shapes.js';

export const updateInput = updateShape(
  { id: id('Lead'), name: z.string().min(1).describe('Name').optional() },
  leadFields,
  'copper_create_lead',
);

export default defineTool({
  name: 'copper_update_lead',
  title: 'Update lead',
  description: 'Update a lead; lists are replaced.',
  method: 'PUT',
  path: '/leads/{id}',
  resource: 'lead',
  access: 'write',
  input: updateInput,
});
