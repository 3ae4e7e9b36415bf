import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copper_get_activity',
  title: 'Get activity',
  description: 'Fetch one activity.',
  method: 'GET',
  path: '/activities/{id}',
  resource: 'activity',
  access: 'read',
  input: z.object({ id: id('Activity') }),
});
