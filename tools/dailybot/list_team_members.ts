import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { uuid } from './shapes.js';

export default defineTool({
  name: 'dailybot_list_team_members',
  title: 'List team members',
  description: "List a team's members.",
  method: 'GET',
  path: '/teams/{team_uuid}/members/',
  resource: 'team',
  access: 'read',
  list: { style: 'none' }, // a bare, unpaged array [V3]
  input: z.object({ team_uuid: uuid('Team') }),
  // The items are users, not teams.
  itemFields: [
    'uuid',
    'full_name',
    'image',
    'role',
    'is_active',
    'bot_enabled',
    'timezone',
    'occupation',
    'birth_date',
    'work_days',
    'timeoff_start',
    'timeoff_end',
    'hour_init_work',
  ],
});
