import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { day, uuid } from './shapes.js';
import { responseFilters } from './list_checkin_responses.js';

// Legacy route of the check-in responses (catalog #32, scope "P (legacy)"): `date_start`, `date_end`
// (default today, as on the current route [DB-OLD]), `limit`, `offset`.
export default defineTool({
  name: 'dailybot_list_followup_responses',
  title: 'List follow-up responses (legacy)',
  description: 'Legacy: list a check-in’s responses via /followups/; the dates default to today.',
  method: 'GET',
  path: '/followups/{checkin_uuid}/responses/',
  resource: 'checkin_response',
  access: 'read',
  list: true,
  input: z.object({
    checkin_uuid: uuid('Check-in'),
    date_start: day('From').optional(),
    date_end: day('To').optional(),
  }),
  filters: { date_start: responseFilters.date_start, date_end: responseFilters.date_end },
  untrusted: 'team members’ check-in answers',
  sandbox: { collection: 'checkin_response' },
});
