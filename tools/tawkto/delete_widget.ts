import { defineTool } from '../../src/declaration.js';
import { ref } from './shapes.js';

export default defineTool({
  name: 'tawkto_delete_widget',
  title: 'Remove widget',
  description: 'Remove a chat widget (widgets.remove).',
  method: 'POST',
  path: '/widgets.remove',
  resource: 'widget',
  access: 'destructive',
  idempotent: true,
  sandbox: { idArg: 'widgetId' },
  input: ref('widgetId', 'Widget'),
});
