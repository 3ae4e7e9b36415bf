import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';
import { webhookFields } from './create_webhook.js';

export default defineTool({
  name: 'copper_update_webhook',
  title: 'Update webhook',
  // PUT accepts target, secret, headers and custom_field_computed_values (catalog §3.12).
  description: 'Change a webhook subscription’s target or secret.',
  method: 'PUT',
  path: '/webhooks/{id}',
  resource: 'webhook',
  access: 'write',
  input: z.object({ id: id('Webhook'), target: webhookFields.target.optional(), secret: webhookFields.secret.optional() }),
});
