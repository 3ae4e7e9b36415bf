import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id, openBody } from './shapes.js';

// Tab field names UNCONFIRMED: position is typed, others pass through.
export default defineTool({
  name: 'tawkto_update_tab',
  title: 'Update tab',
  description: 'Change a tab or its position (tabs.update).',
  method: 'POST', path: '/tabs.update', resource: 'tab', access: 'write',
  idempotent: true,
  sandbox: { idArg: 'tabId' },
  input: openBody({ tabId: id('Tab'), position: z.number().int().min(0).describe('Position').optional() }),
});
