import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { propertyId } from './shapes.js';

// Paging and shape UNCONFIRMED: one call, `data[]`.
export default defineTool({
  name: 'tawkto_list_available_tabs',
  title: 'List available tabs',
  description: 'Tab types that can be added (tabs.available).',
  method: 'POST',
  path: '/tabs.available',
  resource: 'tab',
  access: 'read',
  list: { style: 'none' },
  sandbox: { collection: 'tab_type' },
  itemFields: ['id', 'name'],
  // The same list for every property: propertyId only scopes access.
  filters: { propertyId: { match: 'shape' } },
  input: z.object({ propertyId }),
});
