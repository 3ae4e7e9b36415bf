import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';

export default defineTool({
  name: 'copilot_list_subscription_templates',
  title: 'List subscription templates',
  description: 'List subscription templates.',
  method: 'GET',
  path: '/subscription-templates',
  resource: 'subscription_template',
  access: 'read',
  list: true,
  input: z.object({}),
});
