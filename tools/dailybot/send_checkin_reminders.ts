import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { uuid } from './shapes.js';

export default defineTool({
  name: 'dailybot_send_checkin_reminders',
  title: 'Send check-in reminders',
  description: 'Remind participants who have not answered.',
  method: 'POST',
  path: '/checkins/{uuid}/send-reminders/',
  resource: 'checkin',
  access: 'write',
  // The request body is UNCONFIRMED: only the path is sent (an empty JSON object).
  input: z.object({ uuid: uuid('Check-in') }),
});
