import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copper_get_person',
  title: 'Get person',
  description: 'Fetch one person.',
  method: 'GET',
  path: '/people/{id}',
  resource: 'person',
  access: 'read',
  input: z.object({ id: id('Person') }),
});
