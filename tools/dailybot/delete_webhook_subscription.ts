import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';

// DailyBot's current reference ([V3] webhooks page) lists `DELETE /v1/webhook-subscription/` with no id in
// the path, and Pipedream's DailyBot component, a client in production use, sends exactly that with
// `{hook_id, hook_url}` in a JSON body; only the 2020 page (seed 004) puts the id in the path, and no later
// source repeats that route. Which body field the server reads is UNCONFIRMED (catalog §7), so both are
// required and both are sent: the request works whichever of the two identifies the hook. A server that
// only knows the seed's route answers that one with 404/405: the call is then sent once more to
// `/webhook-subscription/{hook_id}/` (a DELETE is safe to repeat), so it works with both.
export default defineTool({
  name: 'dailybot_delete_webhook_subscription',
  title: 'Delete webhook subscription',
  description: 'Unsubscribe a webhook, named by both its hook_id and hook_url.',
  method: 'DELETE',
  path: '/webhook-subscription/',
  resource: 'webhook',
  access: 'destructive',
  input: z.object({ hook_id: z.coerce.string().describe('Hook id'), hook_url: z.string().describe('Its URL') }),
  body: ['hook_id', 'hook_url'],
  fallbackPath: '/webhook-subscription/{hook_id}/',
});
