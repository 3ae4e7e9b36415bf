import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { assigneeId, customFields, details, tags } from './shapes.js';

export default defineTool({
  name: 'copper_create_task',
  title: 'Create task',
  description: 'Create a Copper task, optionally related to a record. Returns the new task.',
  method: 'POST', path: '/tasks', resource: 'task', access: 'write',
  input: z.object({
    name: z.string().min(1).describe('Task name'),
    related_resource: z
      .object({ id: z.number().int(), type: z.enum(['lead', 'person', 'company', 'opportunity', 'project']) })
      .describe('Related record {id, type}')
      .optional(),
    assignee_id: assigneeId.optional(),
    // The due-date format is disputed (catalog §8.5): the create example sends Unix seconds, so we do too.
    due_date: z.number().int().describe('Due date (Unix seconds)').optional(),
    reminder_date: z.number().int().describe('Reminder (Unix seconds)').optional(),
    priority: z.enum(['None', 'High']).describe('Priority').optional(),
    status: z.enum(['Open', 'Completed']).describe('Status').optional(),
    details: details.optional(),
    tags: tags.optional(),
    custom_fields: customFields.optional(),
  }),
});
