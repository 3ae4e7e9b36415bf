import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { day, flag } from './shapes.js';

export default defineTool({
  name: 'dailybot_list_checkins',
  title: 'List check-ins',
  description: 'List visible check-ins.',
  method: 'GET',
  path: '/checkins/',
  resource: 'checkin',
  access: 'read',
  list: true,
  // All three only change what each item holds ([V3]: `date` is the day the summary covers).
  input: z.object({
    date: day('Summary day').optional(),
    include_summary: flag('With summary').optional(),
    include_pending_users: flag('With pending').optional(),
  }),
  filters: { date: { match: 'shape' }, include_summary: { match: 'shape' }, include_pending_users: { match: 'shape' } },
  untrusted: 'check-in summaries of team members’ answers',
});
