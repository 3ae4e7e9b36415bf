import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { anyId } from './shapes.js';

export default defineTool({
  name: 'dailybot_delete_webhook_subscription',
  title: 'Delete webhook subscription',
  description: 'Unsubscribe a webhook.',
  // Path form per seed 004; [V3] also shows DELETE /webhook-subscription/ with the id in a body (UNCONFIRMED).
  method: 'DELETE', path: '/webhook-subscription/{id}/', resource: 'webhook', access: 'destructive',
  input: z.object({ id: anyId('Hook') }),
  sandbox: { op: 'custom' },
});
