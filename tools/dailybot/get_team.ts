import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { uuid } from './shapes.js';

export default defineTool({
  name: 'dailybot_get_team',
  title: 'Get team',
  description: 'Fetch one team.',
  method: 'GET',
  path: '/teams/{uuid}/',
  resource: 'team',
  access: 'read',
  input: z.object({ uuid: uuid('Team') }),
});
