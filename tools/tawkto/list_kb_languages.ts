import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { propertyId } from './shapes.js';

// Shape and paging UNCONFIRMED: one call, `data[]`.
export default defineTool({
  name: 'tawkto_list_kb_languages',
  title: 'List KB languages',
  description: 'Languages a KB site can have (knowledge-base.language.list).',
  method: 'POST',
  path: '/knowledge-base.language.list',
  resource: 'kb',
  access: 'read',
  list: { style: 'none' },
  sandbox: { collection: 'kb_language' },
  itemFields: ['id', 'code', 'name'],
  // The same list for every property: propertyId only scopes access.
  filters: { propertyId: { match: 'shape' } },
  input: z.object({ propertyId }),
});
