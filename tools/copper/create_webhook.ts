import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';

export const webhookFields = {
  target: z.url({ protocol: /^https$/ }).describe('https URL'),
  secret: z.record(z.string(), z.string()).describe('Echoed in notifications'),
};

export default defineTool({
  name: 'copper_create_webhook',
  title: 'Create webhook',
  description: 'Subscribe an https URL to record events; CRM data is sent there.',
  method: 'POST',
  path: '/webhooks',
  resource: 'webhook',
  access: 'write',
  input: z.object({
    target: webhookFields.target,
    type: z.enum(['lead', 'person', 'company', 'opportunity', 'project', 'task', 'activity_log']).describe('Record type'),
    event: z.enum(['new', 'update', 'delete']).describe('Event'),
    secret: webhookFields.secret.optional(),
  }),
});
