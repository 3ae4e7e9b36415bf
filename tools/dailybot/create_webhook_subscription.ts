import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';

export default defineTool({
  name: 'dailybot_create_webhook_subscription',
  title: 'Create webhook subscription',
  description: 'Subscribe a URL to events; returns the hook id.',
  method: 'POST',
  path: '/webhook-subscription/',
  resource: 'webhook',
  access: 'write',
  input: z.object({
    hook_url: z.url({ protocol: /^https?$/ }).describe('Receiving URL'),
    // Required by [V3], optional per [PAGES]: always asked for. Event spelling is UNCONFIRMED beyond the
    // dotted names (forms.response.created, kudos.posted…), so any string is passed through.
    subscriptions: z.array(z.string()).min(1).describe('Events, e.g. kudos.posted'),
    subscribed_objects: z.array(z.string()).describe('Check-in/form UUIDs').optional(),
    name: z.string().describe('Name').optional(),
    bearer: z.string().describe('Sent as X-BEARER').optional(),
    immediate_sample_event: z.boolean().describe('Send a sample now').optional(),
  }),
});
