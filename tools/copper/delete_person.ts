import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copper_delete_person',
  title: 'Delete person',
  description: 'Delete a person permanently.',
  method: 'DELETE',
  path: '/people/{id}',
  resource: 'person',
  access: 'destructive',
  input: z.object({ id: id('Person') }),
});
