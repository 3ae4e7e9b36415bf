import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { propertyId, settings } from './shapes.js';

// Widget config fields UNCONFIRMED: name required (defensively), settings as plain key → value.
export default defineTool({
  name: 'tawkto_create_widget',
  title: 'Add widget',
  description: 'Add a chat widget to a property (widgets.add).',
  method: 'POST',
  path: '/widgets.add',
  resource: 'widget',
  access: 'write',
  input: z.object({ propertyId, name: z.string().describe('Name'), settings: settings('Settings, e.g. color, position').optional() }),
});
