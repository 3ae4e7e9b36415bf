import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';

export default defineTool({
  name: 'dailybot_list_teams',
  title: 'List teams',
  description: 'List teams (admins see all).',
  method: 'GET',
  path: '/teams/',
  resource: 'team',
  access: 'read',
  // Bare array per [V3], envelope per [CLI] (UNCONFIRMED): paged like other lists, which reads both.
  list: true,
  input: z.object({}),
});
