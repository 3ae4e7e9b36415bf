import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { propertyId, siteId } from './shapes.js';

export default defineTool({
  name: 'tawkto_delete_kb_site',
  title: 'Delete KB site',
  description: 'Delete a site (knowledge-base.site.delete).',
  method: 'POST',
  path: '/knowledge-base.site.delete',
  resource: 'kb_site',
  access: 'destructive',
  idempotent: true,
  sandbox: { idArg: 'siteId' },
  input: z.object({ propertyId, siteId }),
});
