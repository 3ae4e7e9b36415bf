import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { flag, uuid } from './shapes.js';

export default defineTool({
  name: 'dailybot_get_checkin',
  title: 'Get check-in',
  description: 'Fetch one check-in with its questions.',
  method: 'GET',
  path: '/checkins/{uuid}/',
  resource: 'checkin',
  access: 'read',
  // The `date` query (summary day) is left out for the token budget: list responses by date instead.
  input: z.object({ uuid: uuid('Check-in'), include_summary: flag('With summary').optional() }),
  untrusted: 'check-in summaries of team members’ answers',
});
