import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { propertyId } from './shapes.js';

export default defineTool({
  name: 'tawkto_get_property',
  title: 'Get property',
  description: 'One property with members, widgets, assets, settings (property.info).',
  method: 'POST',
  path: '/property.info',
  resource: 'property',
  access: 'read',
  input: z.object({
    propertyId,
    fields: z.record(z.string(), z.boolean()).describe('Parts to include').optional(),
  }),
});
