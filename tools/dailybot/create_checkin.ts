import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { openBody } from './shapes.js';

export const checkinFields = { name: z.string().min(1).describe('Name') };

export default defineTool({
  name: 'dailybot_create_checkin',
  title: 'Create check-in',
  description: 'Create a check-in from a template.',
  method: 'POST',
  path: '/checkins/',
  resource: 'checkin',
  access: 'write',
  // Body UNCONFIRMED beyond `name` (the [V3] excerpt is cut): other fields are sent as given.
  input: openBody(checkinFields, 'Other check-in fields'),
});
