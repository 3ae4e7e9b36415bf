import { defineTool } from '../../src/declaration.js';
import { ref } from './shapes.js';

// Body UNCONFIRMED: propertyId + hookId, as webhooks.delete takes. Whether the answer carries the secret
// is UNCONFIRMED.
export default defineTool({
  name: 'tawkto_get_webhook',
  title: 'Get webhook',
  description: 'Get a webhook (webhooks.get).',
  method: 'POST',
  path: '/webhooks.get',
  resource: 'webhook',
  access: 'read',
  sandbox: { idArg: 'hookId' },
  input: ref('hookId', 'Webhook'),
});
