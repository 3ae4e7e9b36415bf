import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { propertyId } from './shapes.js';

export default defineTool({
  name: 'tawkto_check_kb_subdomain',
  title: 'Check KB subdomain',
  description: 'Is a KB subdomain free? (knowledge-base.settings.check-subdomain).',
  method: 'POST',
  path: '/knowledge-base.settings.check-subdomain',
  resource: 'kb',
  access: 'read',
  input: z.object({ propertyId, subdomain: z.string().describe('Subdomain') }),
});
