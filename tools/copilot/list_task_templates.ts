import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';

export default defineTool({
  name: 'copilot_list_task_templates',
  title: 'List task templates',
  description: 'List task templates.',
  method: 'GET',
  path: '/task-templates',
  resource: 'task_template',
  access: 'read',
  list: true,
  input: z.object({}),
});
