import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copilot_get_task_template',
  title: 'Get task template',
  description: 'Fetch one task template by id, with subtasks.',
  method: 'GET',
  path: '/task-templates/{id}',
  resource: 'task_template',
  access: 'read',
  input: z.object({ id: id('Template') }),
});
