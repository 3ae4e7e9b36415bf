import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { day, uuid } from './shapes.js';

export default defineTool({
  name: 'dailybot_list_checkin_responses',
  title: 'List check-in responses',
  description: "List a check-in's responses (default today).",
  method: 'GET', path: '/checkins/{checkin_uuid}/responses/', resource: 'checkin_response', access: 'read', list: true,
  input: z.object({
    checkin_uuid: uuid('Check-in'),
    date_start: day('From').optional(),
    date_end: day('To').optional(),
    user: uuid('User').optional(),
  }),
  untrusted: 'team members’ check-in answers',
});
