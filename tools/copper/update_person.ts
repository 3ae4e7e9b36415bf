import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { personFields } from './create_person.js';
import { id, sameAsCreate } from './shapes.js';

export default defineTool({
  name: 'copper_update_person',
  title: 'Update person',
  description: 'Update a person with any copper_create_person fields; lists are replaced.',
  method: 'PUT', path: '/people/{id}', resource: 'person', access: 'write',
  input: z.object({ id: id('Person'), name: z.string().min(1).describe('Full name').optional() }).extend(sameAsCreate(personFields)),
});
