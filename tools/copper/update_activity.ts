import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';
import { activityFields } from './create_activity.js';

// PUT /activities/{id} (catalog §6; [D:activities/overview.html] "view, create, edit, and delete"); the
// 2019 docs have no page for it, so the fields are the two [LIN] sends. Only user activities can be
// modified; the emulator refuses a system one with 422.
export default defineTool({
  name: 'copper_update_activity',
  title: 'Update activity',
  description: 'Change a user activity’s text or date; system activities are read-only.',
  method: 'PUT',
  path: '/activities/{id}',
  resource: 'activity',
  access: 'write',
  input: z.object({
    id: id('Activity'),
    details: activityFields.details.optional(),
    activity_date: activityFields.activity_date.optional(),
  }),
});
