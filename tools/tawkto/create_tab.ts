import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { propertyId } from './shapes.js';

// Tab fields UNCONFIRMED ([WN]: "a tab"): sent flat, as tabs.list returns them.
export default defineTool({
  name: 'tawkto_create_tab',
  title: 'Add tab',
  description: 'Add a tab to a property (tabs.add).',
  method: 'POST',
  path: '/tabs.add',
  resource: 'tab',
  access: 'write',
  input: z.object({
    propertyId,
    type: z.string().describe('Tab type (list_available_tabs)'),
    name: z.string().describe('Name'),
    position: z.number().int().min(0).describe('Position').optional(),
  }),
});
