import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { propertyId, siteId } from './shapes.js';

export default defineTool({
  name: 'tawkto_get_kb_site',
  title: 'Get KB site',
  description: 'A KB site (knowledge-base.site.get).',
  method: 'POST',
  path: '/knowledge-base.site.get',
  resource: 'kb_site',
  access: 'read',
  sandbox: { idArg: 'siteId' },
  input: z.object({ propertyId, siteId }),
});
