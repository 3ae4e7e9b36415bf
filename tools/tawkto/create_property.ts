import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';

// Body fields UNCONFIRMED ([WN]: "property fields"): the fields property.list returns are typed; a name
// is required (a property without one cannot be told apart), defensively.
export default defineTool({
  name: 'tawkto_create_property',
  title: 'Create property',
  description: 'Create a property (site) (property.create-site).',
  method: 'POST',
  path: '/property.create-site',
  resource: 'property',
  access: 'write',
  input: z.object({
    name: z.string().describe('Property name'),
    siteUrl: z.string().url().describe('Website URL').optional(),
    type: z.enum(['business', 'profile']).describe('Type').optional(),
  }),
});
