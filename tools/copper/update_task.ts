import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { taskFields } from './create_task.js';
import { id, updateShape } from './shapes.js';

export default defineTool({
  name: 'copper_update_task',
  title: 'Update task',
  description: 'Update a task (status Completed completes it); lists are replaced.',
  method: 'PUT',
  path: '/tasks/{id}',
  resource: 'task',
  access: 'write',
  input: updateShape({ id: id('Task'), name: z.string().min(1).describe('Name').optional() }, taskFields, 'copper_create_task'),
});
