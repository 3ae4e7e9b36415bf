import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copper_delete_task',
  title: 'Delete task',
  description: 'Delete a task permanently.',
  method: 'DELETE',
  path: '/tasks/{id}',
  resource: 'task',
  access: 'destructive',
  input: z.object({ id: id('Task') }),
});
