import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';

// Body fields UNCONFIRMED ("property fields"): `name` is typed, any other field passes through.
export default defineTool({
  name: 'tawkto_create_property',
  title: 'Create property',
  description: 'Create a property (site) (property.create-site).',
  method: 'POST', path: '/property.create-site', resource: 'property', access: 'write',
  input: z.looseObject({ name: z.string().describe('Property name').optional() }),
});
