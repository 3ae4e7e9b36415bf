import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copper_get_webhook',
  title: 'Get webhook',
  description: 'Fetch one webhook.',
  method: 'GET',
  path: '/webhooks/{id}',
  resource: 'webhook',
  access: 'read',
  input: z.object({ id: id('Webhook') }),
});
