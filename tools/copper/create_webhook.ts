import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';

export default defineTool({
  name: 'copper_create_webhook',
  title: 'Create webhook',
  description: 'Subscribe an https URL to Copper record events. Sends CRM data to that URL from then on. Returns the subscription.',
  method: 'POST', path: '/webhooks', resource: 'webhook', access: 'write',
  input: z.object({
    target: z.url({ protocol: /^https$/ }).describe('https URL that receives notifications'),
    type: z.enum(['lead', 'person', 'company', 'opportunity', 'project', 'task', 'activity_log']).describe('Record type'),
    event: z.enum(['new', 'update', 'delete']).describe('Event'),
    secret: z.record(z.string(), z.string()).describe('Key/values echoed in every notification, to verify them').optional(),
    headers: z.record(z.string(), z.string()).describe('Extra HTTP headers sent with notifications').optional(),
    custom_field_computed_values: z.boolean().describe('Send option names instead of ids').optional(),
  }),
});
