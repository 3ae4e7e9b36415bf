import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { uuid } from './shapes.js';

export default defineTool({
  name: 'dailybot_delete_checkin',
  title: 'Delete check-in',
  description: 'Delete a check-in and stop its schedule.',
  method: 'DELETE',
  path: '/checkins/{uuid}/',
  resource: 'checkin',
  access: 'destructive',
  input: z.object({ uuid: uuid('Check-in') }),
});
