import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { taskFields } from './create_task.js';
import { id, sameAsCreate } from './shapes.js';

// The SDK types update `viewers` as one object where create takes an array: UNCONFIRMED, so the
// create form (an array, which the task object also returns) is sent.
export default defineTool({
  name: 'copilot_update_task',
  title: 'Update task',
  description: 'Change given copilot_create_task fields of a task.',
  method: 'PATCH', path: '/tasks/{id}', resource: 'task', access: 'write',
  input: z.object({ id: id('Task'), isArchived: z.boolean().describe('Archive it').optional() }).extend(sameAsCreate(taskFields)),
});
