import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';

export const parentTypes = z.enum(['lead', 'person', 'company', 'opportunity', 'project', 'task']);

export default defineTool({
  name: 'copper_create_activity',
  title: 'Log activity',
  description: 'Log a note, call, meeting or custom activity on a Copper record. Returns the activity.',
  method: 'POST', path: '/activities', resource: 'activity', access: 'write',
  input: z.object({
    parent: z.object({ id: z.number().int(), type: parentTypes }).describe('Record it belongs to {id, type}'),
    // Only user-category types can be created (system activities are read-only).
    type: z
      .object({ category: z.literal('user'), id: z.number().int() })
      .describe('Activity type {category: "user", id}; id 0 = note'),
    details: z.string().min(1).describe('Activity text'),
    activity_date: z.number().int().describe('When it happened (Unix seconds)').optional(),
  }),
});
