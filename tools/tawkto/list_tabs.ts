import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { byProperty, propertyId } from './shapes.js';

// Paging and shape UNCONFIRMED: one call, `data[]`.
export default defineTool({
  name: 'tawkto_list_tabs',
  title: 'List tabs',
  description: "List a property's tabs (tabs.list).",
  method: 'POST',
  path: '/tabs.list',
  resource: 'tab',
  access: 'read',
  list: { style: 'none' },
  filters: byProperty,
  input: z.object({ propertyId }),
});
