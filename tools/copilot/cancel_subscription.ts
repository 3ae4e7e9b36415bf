import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copilot_cancel_subscription',
  title: 'Cancel subscription',
  description: 'Cancel an active or not-started subscription; billing stops for good.',
  method: 'POST',
  path: '/subscriptions/{id}/cancel',
  resource: 'subscription',
  access: 'destructive',
  input: z.object({ id: id('Subscription') }),
});
