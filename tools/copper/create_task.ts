import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { assigneeId, details, tags } from './shapes.js';

export const taskFields = {
  related_resource: z
    .object({ id: z.number().int(), type: z.enum(['lead', 'person', 'company', 'opportunity', 'project']) })
    .describe('Record it is on'),
  assignee_id: assigneeId,
  // The due-date format is disputed (catalog §8.5); the documented create example sends Unix seconds.
  due_date: z.number().int().describe('Due, Unix s'),
  priority: z.enum(['None', 'High']).describe('Priority'),
  status: z.enum(['Open', 'Completed']).describe('Status'),
  details,
  tags,
};

export default defineTool({
  name: 'copper_create_task',
  title: 'Create task',
  description: 'Create a task, optionally on a record.',
  method: 'POST',
  path: '/tasks',
  resource: 'task',
  access: 'write',
  input: z.object({ name: z.string().min(1).describe('Name') }).extend(z.object(taskFields).partial().shape),
});
