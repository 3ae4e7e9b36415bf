import { defineTool } from '../../src/declaration.js';
import { openBody } from './shapes.js';

// Settings field names UNCONFIRMED: they pass through as given.
export default defineTool({
  name: 'tawkto_update_kb_settings',
  title: 'Update KB settings',
  description: 'Change KB settings (knowledge-base.settings.update).',
  method: 'POST', path: '/knowledge-base.settings.update', resource: 'kb', access: 'write',
  idempotent: true,
  input: openBody({}),
});
