import { defineTool } from '../../src/declaration.js';
import { ref } from './shapes.js';

export default defineTool({
  name: 'tawkto_delete_tab',
  title: 'Remove tab',
  description: 'Remove a tab (tabs.remove).',
  method: 'POST',
  path: '/tabs.remove',
  resource: 'tab',
  access: 'destructive',
  idempotent: true,
  sandbox: { idArg: 'tabId' },
  input: ref('tabId', 'Tab'),
});
