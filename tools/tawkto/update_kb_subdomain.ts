import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { propertyId } from './shapes.js';

export default defineTool({
  name: 'tawkto_update_kb_subdomain',
  title: 'Change KB subdomain',
  description: 'Change the KB subdomain; old links break (knowledge-base.settings.update-subdomain).',
  method: 'POST',
  path: '/knowledge-base.settings.update-subdomain',
  resource: 'kb',
  access: 'destructive',
  idempotent: true,
  input: z.object({ propertyId, subdomain: z.string().describe('Subdomain') }),
});
