import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { propertyId, siteId, id } from './shapes.js';
import { linkFields } from './create_kb_site_link.js';

export default defineTool({
  name: 'tawkto_update_kb_site_link',
  title: 'Update KB site link',
  description: 'Change a KB site link: label, url (knowledge-base.site-link.update).',
  method: 'POST',
  path: '/knowledge-base.site-link.update',
  resource: 'kb_site',
  access: 'write',
  idempotent: true,
  sandbox: { collection: 'kb_site_link', idArg: 'linkId' },
  input: z.object({ propertyId, siteId, linkId: id('Link'), label: linkFields.label.optional(), url: linkFields.url.optional() }),
});
