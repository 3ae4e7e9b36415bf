import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { day, flag } from './shapes.js';

export default defineTool({
  name: 'dailybot_list_checkins',
  title: 'List check-ins',
  description: 'List visible check-ins.',
  method: 'GET', path: '/checkins/', resource: 'checkin', access: 'read', list: true,
  input: z.object({
    date: day('Day').optional(),
    include_summary: flag('With summary').optional(),
    include_pending_users: flag('With pending').optional(),
  }),
  untrusted: 'check-in summaries of team members’ answers',
});
