import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';

// Not paginated: one call returns every property (catalog §4).
export default defineTool({
  name: 'tawkto_list_properties',
  title: 'List properties',
  description: 'List the properties (sites) the key can access (property.list).',
  method: 'POST',
  path: '/property.list',
  resource: 'property',
  access: 'read',
  list: { style: 'none' },
  filters: { type: { match: 'equals' }, enabled: { match: 'equals' } },
  input: z.object({
    type: z.enum(['business', 'profile']).describe('Property type').optional(),
    enabled: z.boolean().describe('Enabled state').optional(),
  }),
});
