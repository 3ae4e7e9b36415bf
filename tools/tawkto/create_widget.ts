import { defineTool } from '../../src/declaration.js';
import { openBody } from './shapes.js';

// Widget config fields UNCONFIRMED: they pass through as given.
export default defineTool({
  name: 'tawkto_create_widget',
  title: 'Add widget',
  description: 'Add a chat widget to a property (widgets.add).',
  method: 'POST', path: '/widgets.add', resource: 'widget', access: 'write',
  input: openBody({}),
});
