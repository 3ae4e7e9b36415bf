import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copilot_get_subscription',
  title: 'Get subscription',
  description: 'Fetch one subscription by id.',
  method: 'GET',
  path: '/subscriptions/{id}',
  resource: 'subscription',
  access: 'read',
  input: z.object({ id: id('Subscription') }),
});
