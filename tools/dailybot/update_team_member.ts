import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { membership } from './get_team_member.js';
import { openBody } from './shapes.js';

export default defineTool({
  name: 'dailybot_update_team_member',
  title: 'Update team member',
  description: "Change a user's membership in a team.",
  method: 'PATCH',
  path: '/teams/{team_uuid}/member/{user_uuid}/',
  resource: 'team',
  access: 'write',
  // Body UNCONFIRMED (catalog §6): every field other than the two UUIDs is sent as given.
  input: openBody({ ...membership, is_manager: z.boolean().describe('Team manager').optional() }, 'Other membership fields'),
});
