import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';

export default defineTool({
  name: 'copper_search_users',
  title: 'List users',
  description: 'List the account’s users.',
  method: 'POST',
  path: '/users/search',
  resource: 'user',
  access: 'read',
  list: true,
  input: z.object({}),
});
