import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { parentTypes } from './create_activity.js';
import { dateRange } from './shapes.js';

export default defineTool({
  name: 'copper_search_activities',
  title: 'Search activities',
  description: 'Search Copper activities (notes, calls, meetings, system events), e.g. for one record.',
  method: 'POST', path: '/activities/search', resource: 'activity', access: 'read', list: true,
  input: z.object({
    parent: z.object({ id: z.number().int(), type: parentTypes }).describe('Only for this record {id, type}').optional(),
    activity_types: z
      .array(z.object({ id: z.number().int(), category: z.enum(['user', 'system']) }))
      .describe('Activity types [{id, category}]')
      .optional(),
    ...dateRange('activity', 'activity date'),
    full_result: z.boolean().describe('Faster, may repeat records (admin keys only)').optional(),
  }),
});
