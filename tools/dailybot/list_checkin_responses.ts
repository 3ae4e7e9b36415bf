import { z } from 'zod';
import { defineTool, type FilterSpec } from '../../src/declaration.js';
import { day, uuid } from './shapes.js';

/**
 * The response-list filters ([DB-OLD]; [CLI] docs/API_REFERENCE.md): `date_start`/`date_end` bound
 * `response_date` and both default to today, so without them only today's responses come back; `user`
 * narrows to one participant; `search` is the CLI's shared term filter, here on the answers' text.
 */
export const responseFilters: Record<string, FilterSpec> = {
  date_start: { match: 'min', field: 'response_date', default: 'today' },
  date_end: { match: 'max', field: 'response_date', default: 'today' },
  user: { match: 'equals', field: 'user.uuid' },
  search: { match: 'contains', field: 'responses.response' },
};

export default defineTool({
  name: 'dailybot_list_checkin_responses',
  title: 'List check-in responses',
  description: "List a check-in's responses; the dates default to today.",
  method: 'GET',
  path: '/checkins/{checkin_uuid}/responses/',
  resource: 'checkin_response',
  access: 'read',
  list: true,
  input: z.object({
    checkin_uuid: uuid('Check-in'),
    date_start: day('From').optional(),
    date_end: day('To').optional(),
    user: uuid('User').optional(),
    search: z.string().max(256).describe('Answer text').optional(),
  }),
  filters: responseFilters,
  untrusted: 'team members’ check-in answers',
});
