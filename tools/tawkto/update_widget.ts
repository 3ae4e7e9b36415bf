import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id, propertyId, settings } from './shapes.js';

// Settings field names UNCONFIRMED: as on widgets.add.
export default defineTool({
  name: 'tawkto_update_widget',
  title: 'Update widget',
  description: 'Change a widget (widgets.update).',
  method: 'POST',
  path: '/widgets.update',
  resource: 'widget',
  access: 'write',
  idempotent: true,
  sandbox: { idArg: 'widgetId' },
  input: z.object({
    propertyId,
    widgetId: id('Widget'),
    name: z.string().describe('Name').optional(),
    settings: settings('As in create_widget').optional(),
  }),
});
