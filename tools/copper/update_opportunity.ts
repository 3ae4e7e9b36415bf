import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';
import { oppFields } from './create_opportunity.js';

export default defineTool({
  name: 'copper_update_opportunity',
  title: 'Update opportunity',
  description: 'Change fields of a Copper opportunity (e.g. move stage, mark Won); only given fields change.',
  method: 'PUT', path: '/opportunities/{id}', resource: 'opportunity', access: 'write',
  input: z.object({ id: id('Opportunity'), name: z.string().min(1).describe('Opportunity name').optional() }).extend(z.object(oppFields).partial().shape),
});
