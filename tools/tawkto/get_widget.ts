import { defineTool } from '../../src/declaration.js';
import { ref } from './shapes.js';

export default defineTool({
  name: 'tawkto_get_widget',
  title: 'Get widget',
  description: "Get a widget's settings (widgets.get).",
  method: 'POST',
  path: '/widgets.get',
  resource: 'widget',
  access: 'read',
  sandbox: { idArg: 'widgetId' },
  input: ref('widgetId', 'Widget'),
});
