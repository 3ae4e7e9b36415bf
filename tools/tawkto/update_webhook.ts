import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { propertyId, id } from './shapes.js';
import { webhookFields } from './create_webhook.js';

// Body UNCONFIRMED: propertyId + hookId + the create fields.
export default defineTool({
  name: 'tawkto_update_webhook',
  title: 'Update webhook',
  description: 'Change a webhook; fields as on create (webhooks.update).',
  method: 'POST',
  path: '/webhooks.update',
  resource: 'webhook',
  access: 'write',
  idempotent: true,
  sandbox: { idArg: 'hookId' },
  input: z.object({
    propertyId,
    hookId: id('Webhook'),
    url: webhookFields.url.optional(),
    events: webhookFields.events.optional(),
    name: webhookFields.name.optional(),
    enabled: webhookFields.enabled.optional(),
  }),
});
