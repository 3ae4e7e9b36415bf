import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { propertyId } from './shapes.js';

// Shape and paging UNCONFIRMED: one call, `data[]`.
export default defineTool({
  name: 'tawkto_list_kb_fonts',
  title: 'List KB fonts',
  description: 'Fonts a KB can use (knowledge-base.fonts.list).',
  method: 'POST',
  path: '/knowledge-base.fonts.list',
  resource: 'kb',
  access: 'read',
  list: { style: 'none' },
  sandbox: { collection: 'kb_font' },
  itemFields: ['id', 'name'],
  // The same list for every property: propertyId only scopes access.
  filters: { propertyId: { match: 'shape' } },
  input: z.object({ propertyId }),
});
