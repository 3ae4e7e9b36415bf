import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { uuid } from './shapes.js';

export default defineTool({
  name: 'dailybot_remove_team_member',
  title: 'Remove team member',
  description: 'Remove a team member.',
  method: 'DELETE',
  path: '/teams/{team_uuid}/member/{user_uuid}/',
  resource: 'team',
  access: 'destructive',
  input: z.object({ team_uuid: uuid('Team'), user_uuid: uuid('User') }),
});
