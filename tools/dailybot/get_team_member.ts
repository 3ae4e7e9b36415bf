import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { uuid } from './shapes.js';

export const membership = { team_uuid: uuid('Team'), user_uuid: uuid('User') };

export default defineTool({
  name: 'dailybot_get_team_member',
  title: 'Get team member',
  description: 'Fetch one team membership.',
  method: 'GET',
  path: '/teams/{team_uuid}/member/{user_uuid}/',
  resource: 'team',
  access: 'read',
  input: z.object(membership),
});
