import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';

export default defineTool({
  name: 'dailybot_list_kudos',
  title: 'List kudos',
  description: 'List kudos the key owner received or gave.',
  method: 'GET', path: '/kudos/', resource: 'kudos', access: 'read', list: true,
  input: z.object({ filter: z.enum(['kudos_received', 'kudos_given']).describe('Default received').optional() }),
  untrusted: 'kudos messages from teammates',
});
