import { defineTool } from '../../src/declaration.js';
import { id, openBody } from './shapes.js';

// Settings field names UNCONFIRMED: they pass through as given.
export default defineTool({
  name: 'tawkto_update_widget',
  title: 'Update widget',
  description: 'Change a widget (widgets.update).',
  method: 'POST', path: '/widgets.update', resource: 'widget', access: 'write',
  idempotent: true,
  sandbox: { idArg: 'widgetId' },
  input: openBody({ widgetId: id('Widget') }),
});
