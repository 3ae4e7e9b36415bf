import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';

export default defineTool({
  name: 'copper_get_account',
  title: 'Get account',
  description: 'The account: name, timezone, settings.',
  method: 'GET',
  path: '/account',
  resource: 'account',
  access: 'read',
  input: z.object({}),
});
