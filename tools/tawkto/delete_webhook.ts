import { defineTool } from '../../src/declaration.js';
import { ref } from './shapes.js';

export default defineTool({
  name: 'tawkto_delete_webhook',
  title: 'Delete webhook',
  description: 'Delete a webhook (webhooks.delete).',
  method: 'POST',
  path: '/webhooks.delete',
  resource: 'webhook',
  access: 'destructive',
  idempotent: true,
  sandbox: { idArg: 'hookId' },
  input: ref('hookId', 'Webhook'),
});
