import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';

export default defineTool({
  name: 'copper_list_webhooks',
  title: 'List webhooks',
  description: 'List webhook subscriptions.',
  method: 'GET',
  path: '/webhooks',
  resource: 'webhook',
  access: 'read',
  list: { style: 'none' },
  input: z.object({}),
});
