import { defineTool } from '../../src/declaration.js';
import { openBody } from './shapes.js';

// Settings field names UNCONFIRMED: they pass through as given.
export default defineTool({
  name: 'tawkto_update_global_widget_settings',
  title: 'Update global widget settings',
  description: 'Change global widget settings (widgets.global-settings.update).',
  method: 'POST', path: '/widgets.global-settings.update', resource: 'widget', access: 'write',
  idempotent: true,
  input: openBody({}),
});
