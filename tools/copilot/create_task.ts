import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

// Rules from Copilot's own tasks app (copilot-platforms/tasks-app src/app/api/tasks/public/public.dto.ts,
// src/types/dto/tasks.dto.ts): one assignee kind (an internal user, or a client and/or company); name and
// status unless a template gives them; at most one viewer, whose companyId is required.
export const taskFields = {
  name: z.string().max(255).describe('Name'),
  description: z.string().describe('Description'),
  status: z.enum(['todo', 'inProgress', 'completed']).describe('Status'),
  internalUserId: id('Assigned internal user'),
  clientId: id('Assigned client'),
  companyId: id('Assigned company; needed with a multi-company client'),
  dueDate: z.string().describe('Due, RFC 3339'),
  viewers: z
    .array(z.object({ companyId: z.string(), clientId: z.string().optional() }))
    .max(1)
    .describe('Who may view it'),
};

type Assignees = { internalUserId?: string; clientId?: string; companyId?: string };
/** internalUserId cannot be combined with clientId or companyId (both create and update). */
export const assigneeRule = (b: Assignees, ctx: z.RefinementCtx) => {
  if (b.internalUserId && (b.clientId || b.companyId))
    ctx.addIssue({ code: 'custom', path: ['internalUserId'], message: 'internalUserId cannot be combined with clientId or companyId' });
};

export default defineTool({
  name: 'copilot_create_task',
  title: 'Create task',
  description: 'Create a task for internalUserId, or clientId and/or companyId; name and status unless templateId.',
  method: 'POST',
  path: '/tasks',
  resource: 'task',
  access: 'write',
  input: z
    .object({
      ...z.object(taskFields).partial().shape,
      templateId: id('Task template').optional(),
      parentTaskId: id('Parent task').optional(),
    })
    .superRefine((b, ctx) => {
      if (!b.templateId) {
        if (!b.name?.trim()) ctx.addIssue({ code: 'custom', path: ['name'], message: 'name is required unless templateId is given' });
        if (!b.status) ctx.addIssue({ code: 'custom', path: ['status'], message: 'status is required unless templateId is given' });
      }
      if (!b.internalUserId && !b.clientId && !b.companyId)
        ctx.addIssue({ code: 'custom', path: ['internalUserId'], message: 'one of internalUserId, clientId or companyId is required' });
      assigneeRule(b, ctx);
    }),
});
