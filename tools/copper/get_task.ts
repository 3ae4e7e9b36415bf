import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copper_get_task',
  title: 'Get task',
  description: 'Fetch one task.',
  method: 'GET',
  path: '/tasks/{id}',
  resource: 'task',
  access: 'read',
  input: z.object({ id: id('Task') }),
});
