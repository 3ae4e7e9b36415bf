import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { propertyId } from './shapes.js';

export default defineTool({
  name: 'tawkto_get_global_widget_settings',
  title: 'Get global widget settings',
  description: 'Global widget settings (widgets.global-settings.get).',
  method: 'POST',
  path: '/widgets.global-settings.get',
  resource: 'widget',
  access: 'read',
  sandbox: { collection: 'widget_settings' },
  input: z.object({ propertyId }),
});
