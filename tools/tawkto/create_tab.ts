import { defineTool } from '../../src/declaration.js';
import { openBody } from './shapes.js';

// Tab fields UNCONFIRMED: they pass through as given.
export default defineTool({
  name: 'tawkto_create_tab',
  title: 'Add tab',
  description: 'Add a tab to a property (tabs.add).',
  method: 'POST', path: '/tabs.add', resource: 'tab', access: 'write',
  input: openBody({}),
});
