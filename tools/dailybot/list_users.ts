import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';

export default defineTool({
  name: 'dailybot_list_users',
  title: 'List users',
  description: 'List organization members.',
  method: 'GET',
  path: '/users/',
  resource: 'user',
  access: 'read',
  list: true,
  input: z.object({}),
});
