import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id, propertyId } from './shapes.js';

// Tab field names UNCONFIRMED: as on tabs.add.
export default defineTool({
  name: 'tawkto_update_tab',
  title: 'Update tab',
  description: 'Change a tab or its position (tabs.update).',
  method: 'POST',
  path: '/tabs.update',
  resource: 'tab',
  access: 'write',
  idempotent: true,
  sandbox: { idArg: 'tabId' },
  input: z.object({
    propertyId,
    tabId: id('Tab'),
    name: z.string().describe('Name').optional(),
    position: z.number().int().min(0).describe('Position').optional(),
  }),
});
