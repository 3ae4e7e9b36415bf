import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { propertyId } from './shapes.js';

/** The webhook fields (catalog §3.4); whether a signing secret can be set over REST is UNCONFIRMED. */
export const webhookFields = {
  url: z.string().url().describe('HTTPS endpoint'),
  events: z.array(z.enum(['chat:start', 'chat:end', 'chat:transcript_created', 'ticket:create'])).describe('Events'),
  name: z.string().describe('Name'),
  enabled: z.boolean().describe('Enabled'),
};

export default defineTool({
  name: 'tawkto_create_webhook',
  title: 'Create webhook',
  description: 'Send events to a URL; max 10 per property (webhooks.create).',
  method: 'POST',
  path: '/webhooks.create',
  resource: 'webhook',
  access: 'write',
  input: z.object({
    propertyId,
    url: webhookFields.url,
    events: webhookFields.events,
    name: webhookFields.name.optional(),
    enabled: webhookFields.enabled.optional(),
  }),
});
