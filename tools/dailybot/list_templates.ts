import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';

export default defineTool({
  name: 'dailybot_list_templates',
  title: 'List templates',
  description: 'List check-in or form templates.',
  method: 'GET',
  path: '/templates/',
  resource: 'template',
  access: 'read',
  list: true,
  input: z.object({
    type: z.enum(['checkins', 'forms']).describe('Kind'),
    system_default: z.boolean().describe('Built-in').optional(),
  }),
  filters: { type: { match: 'equals' }, system_default: { match: 'equals' } },
});
