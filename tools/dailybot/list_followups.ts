import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';

// Legacy route of the check-in list (catalog #31, scope "P (legacy)"); dailybot_list_checkins is the current one.
export default defineTool({
  name: 'dailybot_list_followups',
  title: 'List follow-ups (legacy)',
  description: 'Legacy: list check-ins via /followups/.',
  method: 'GET',
  path: '/followups/',
  resource: 'checkin',
  access: 'read',
  list: true,
  input: z.object({}),
  sandbox: { collection: 'checkin' },
});
