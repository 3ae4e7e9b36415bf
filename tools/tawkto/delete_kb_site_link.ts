import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { propertyId, id, siteId } from './shapes.js';

export default defineTool({
  name: 'tawkto_delete_kb_site_link',
  title: 'Remove KB site link',
  description: 'Remove a KB site link (knowledge-base.site-link.remove).',
  method: 'POST',
  path: '/knowledge-base.site-link.remove',
  resource: 'kb_site',
  access: 'destructive',
  idempotent: true,
  sandbox: { collection: 'kb_site_link', idArg: 'linkId' },
  input: z.object({ propertyId, siteId, linkId: id('Link') }),
});
