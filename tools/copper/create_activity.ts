import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { recordType } from './shapes.js';

export const parent = z.object({ id: z.number().int(), type: recordType });
export const activityFields = {
  details: z.string().min(1).describe('Text'),
  activity_date: z.number().int().describe('When, Unix s'),
};

export const createInput = z.object({
  parent: parent.describe('Record it is on'),
  // Only user-category types can be created; system activities are read-only.
  type: z.object({ category: z.literal('user'), id: z.number().int() }).describe('User activity type; id 0 = note'),
  details: activityFields.details,
  activity_date: activityFields.activity_date.optional(),
});

export default defineTool({
  name: 'copper_create_activity',
  title: 'Log activity',
  description: 'Log a note, call or meeting on a record.',
  method: 'POST',
  path: '/activities',
  resource: 'activity',
  access: 'write',
  input: createInput,
});
