import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';

export default defineTool({
  name: 'copilot_list_subscriptions',
  title: 'List subscriptions',
  description: 'List subscriptions.',
  method: 'GET',
  path: '/subscriptions',
  resource: 'subscription',
  access: 'read',
  list: true,
  input: z.object({}),
});
