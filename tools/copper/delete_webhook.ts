import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copper_delete_webhook',
  title: 'Delete webhook',
  description: 'Unsubscribe a webhook; its URL stops receiving events.',
  method: 'DELETE',
  path: '/webhooks/{id}',
  resource: 'webhook',
  access: 'destructive',
  input: z.object({ id: id('Webhook') }),
});
