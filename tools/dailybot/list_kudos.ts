import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { listQuery, listQueryFilters } from './shapes.js';

export default defineTool({
  name: 'dailybot_list_kudos',
  title: 'List kudos',
  description: 'List kudos the key owner received (default) or gave.',
  method: 'GET',
  path: '/kudos/',
  resource: 'kudos',
  access: 'read',
  list: true,
  input: z.object({ filter: z.enum(['kudos_received', 'kudos_given']).describe('Direction').optional(), ...listQuery }),
  // `filter` picks which side the key owner is on (receivers vs giver): the sandbox route applies it.
  filters: { filter: { match: 'shape' }, ...listQueryFilters('content') },
  untrusted: 'kudos messages from teammates',
});
