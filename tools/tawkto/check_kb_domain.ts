import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { propertyId } from './shapes.js';

export default defineTool({
  name: 'tawkto_check_kb_domain',
  title: 'Check KB domain',
  description: 'Check a KB custom domain (knowledge-base.settings.check-domain).',
  method: 'POST',
  path: '/knowledge-base.settings.check-domain',
  resource: 'kb',
  access: 'read',
  input: z.object({ propertyId, domain: z.string().describe('Domain') }),
});
