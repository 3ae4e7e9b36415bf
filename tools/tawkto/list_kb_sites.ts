import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { byProperty, propertyId } from './shapes.js';

// Shape and paging UNCONFIRMED: one call, `data[]`.
export default defineTool({
  name: 'tawkto_list_kb_sites',
  title: 'List KB sites',
  description: 'List KB sites, one per language (knowledge-base.site.list).',
  method: 'POST',
  path: '/knowledge-base.site.list',
  resource: 'kb_site',
  access: 'read',
  list: { style: 'none' },
  filters: byProperty,
  input: z.object({ propertyId }),
});
