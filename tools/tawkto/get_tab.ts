import { defineTool } from '../../src/declaration.js';
import { ref } from './shapes.js';

export default defineTool({
  name: 'tawkto_get_tab',
  title: 'Get tab',
  description: 'Get a tab (tabs.get).',
  method: 'POST',
  path: '/tabs.get',
  resource: 'tab',
  access: 'read',
  sandbox: { idArg: 'tabId' },
  input: ref('tabId', 'Tab'),
});
