import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { uuid } from './shapes.js';

export default defineTool({
  name: 'dailybot_add_team_members',
  title: 'Add team members',
  description: 'Add users to a team.',
  method: 'POST',
  path: '/teams/{team_uuid}/member/',
  resource: 'team',
  access: 'write',
  input: z.object({
    team_uuid: uuid('Team'),
    members: z
      .array(z.object({ uuid: z.string(), platform: z.literal('dailybot') }))
      .min(1)
      .describe('Users'),
  }),
});
