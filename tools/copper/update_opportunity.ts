import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { oppFields } from './create_opportunity.js';
import { id, sameAsCreate } from './shapes.js';

export default defineTool({
  name: 'copper_update_opportunity',
  title: 'Update opportunity',
  description: 'Update an opportunity with any copper_create_opportunity fields; lists are replaced.',
  method: 'PUT', path: '/opportunities/{id}', resource: 'opportunity', access: 'write',
  input: z.object({ id: id('Opportunity'), name: z.string().min(1).describe('Name').optional() }).extend(sameAsCreate(oppFields)),
});
