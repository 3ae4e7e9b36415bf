import { defineTool } from '../../src/declaration.js';
import { openBody } from './shapes.js';

export default defineTool({
  name: 'dailybot_get_webhook_sample',
  title: 'Get webhook sample',
  description: 'A sample payload for a webhook event.',
  // A POST that only answers (catalog: "R-ish"). Body field name UNCONFIRMED: all arguments are sent as given.
  method: 'POST',
  path: '/webhook-subscription/sample/',
  resource: 'webhook',
  access: 'read',
  input: openBody({}, 'Body naming the event, e.g. kudos.posted'),
});
