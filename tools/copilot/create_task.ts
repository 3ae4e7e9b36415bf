import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

// Assignees and viewers: a client assignee with several companies also needs companyId (catalog §5).
export const taskFields = {
  name: z.string().min(1).describe('Name'),
  description: z.string().describe('Description'),
  status: z.enum(['todo', 'inProgress', 'completed']).describe('Status'),
  internalUserId: id('Assigned internal user'),
  clientId: id('Assigned client'),
  companyId: id('Assigned company'),
  dueDate: z.string().describe('Due, RFC 3339'),
  viewers: z.array(z.object({ clientId: z.string(), companyId: z.string() }).partial()).describe('Who may view it'),
};

export default defineTool({
  name: 'copilot_create_task',
  title: 'Create task',
  description: 'Create a task, optionally from a template or as a subtask.',
  method: 'POST', path: '/tasks', resource: 'task', access: 'write',
  input: z.object({
    ...z.object(taskFields).partial().shape,
    templateId: id('Task template').optional(),
    parentTaskId: id('Parent task').optional(),
  }),
});
