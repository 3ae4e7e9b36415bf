import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { parent } from './create_activity.js';
import { dateRange } from './shapes.js';

export default defineTool({
  name: 'copper_search_activities',
  title: 'Search activities',
  description: 'Search activities (notes, calls, meetings, system events).',
  method: 'POST', path: '/activities/search', resource: 'activity', access: 'read', list: true,
  input: z.object({
    parent: parent.describe('Only on this record').optional(),
    ...dateRange('activity', 'Date'),
  }),
});
