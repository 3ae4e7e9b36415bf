import { defineTool } from '../../src/declaration.js';
import { checkinFields } from './create_checkin.js';
import { openBody, uuid } from './shapes.js';

export default defineTool({
  name: 'dailybot_update_checkin',
  title: 'Update check-in',
  description: 'Change given fields of a check-in.',
  method: 'PATCH',
  path: '/checkins/{uuid}/',
  resource: 'checkin',
  access: 'write',
  // Body UNCONFIRMED: create's `name` is validated, other fields are sent as given.
  input: openBody({ uuid: uuid('Check-in'), name: checkinFields.name.optional() }, 'Check-in fields'),
});
