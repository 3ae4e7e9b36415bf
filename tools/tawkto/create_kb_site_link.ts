import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { propertyId, siteId } from './shapes.js';

/** A KB site navigation link: {id, label, url} (catalog §3.7); request field names UNCONFIRMED. */
export const linkFields = { label: z.string().describe('Label'), url: z.string().url().describe('URL') };

export default defineTool({
  name: 'tawkto_create_kb_site_link',
  title: 'Add KB site link',
  description: 'Add a KB site link (knowledge-base.site-link.add).',
  method: 'POST',
  path: '/knowledge-base.site-link.add',
  resource: 'kb_site',
  access: 'write',
  sandbox: { collection: 'kb_site_link' },
  input: z.object({ propertyId, siteId, ...linkFields }),
});
