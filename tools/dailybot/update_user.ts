import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { day, uuid } from './shapes.js';

export default defineTool({
  name: 'dailybot_update_user',
  title: 'Update user',
  description: "Change a member's profile; is_active false deactivates.",
  method: 'PATCH',
  path: '/users/{uuid}/',
  resource: 'user',
  access: 'write',
  input: z.object({
    uuid: uuid('User'),
    full_name: z.string().describe('Full name').optional(),
    occupation: z.string().describe('Occupation').optional(),
    birth_date: z.string().describe('Birthday MM-DD').optional(),
    is_active: z.boolean().describe('Active').optional(),
    bot_enabled: z.boolean().describe('Bot enabled').optional(),
    timezone: z.string().describe('IANA timezone').optional(),
    timeoff_start: day('Time off from').optional(),
    timeoff_end: day('Time off to').optional(),
    hour_init_work: z.string().describe('Start HH:MM:SS').optional(),
  }),
});
