import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { parent } from './create_activity.js';
import { activityTypes } from './record_activities.js';
import { dateRange, rangeSpec } from './shapes.js';

export default defineTool({
  name: 'copper_search_activities',
  title: 'Search activities',
  description: 'Search activities (notes, calls, meetings, system events).',
  method: 'POST',
  path: '/activities/search',
  resource: 'activity',
  access: 'read',
  list: true,
  input: z.object({
    parent: parent.describe('Only on this record').optional(),
    activity_types: activityTypes.optional(),
    ...dateRange('activity', 'Date'),
  }),
  // parent and type are {id, type} / {id, category} objects: a record matches when its object has each given field.
  filters: {
    parent: { match: 'equals' },
    activity_types: { match: 'any', field: 'type' },
    ...rangeSpec('activity_date', 'activity_date'),
  },
});
