import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { assigneeRule, taskFields } from './create_task.js';
import { id } from './shapes.js';

// `viewers` is an array of at most one, as on create: the SDK types it as one object, but the tasks
// app (which serves this endpoint) parses an array (tasks-app src/types/dto/tasks.dto.ts ViewersSchema).
const as = 'As in copilot_create_task';
export default defineTool({
  name: 'copilot_update_task',
  title: 'Update task',
  description: 'Change given fields of a task; a new assignee replaces the old: internalUserId, or companyId (+clientId).',
  method: 'PATCH',
  path: '/tasks/{id}',
  resource: 'task',
  access: 'write',
  input: z
    .object({
      id: id('Task'),
      name: z.string().max(255).describe('Name').optional(),
      description: z.string().describe('Description').optional(),
      status: taskFields.status.optional(),
      internalUserId: id('Internal user').describe(as).optional(),
      clientId: id('Client; needs companyId').optional(),
      companyId: id('Company').describe(as).optional(),
      dueDate: z.string().describe(as).optional(),
      viewers: taskFields.viewers.describe(as).optional(),
      isArchived: z.boolean().describe('Archive it').optional(),
    })
    .superRefine((b, ctx) => {
      assigneeRule(b, ctx);
      if (b.clientId && !b.companyId)
        ctx.addIssue({ code: 'custom', path: ['companyId'], message: 'companyId is required when clientId is given' });
      if (b.name !== undefined && !b.name.trim()) ctx.addIssue({ code: 'custom', path: ['name'], message: 'name must not be empty' });
    }),
});
