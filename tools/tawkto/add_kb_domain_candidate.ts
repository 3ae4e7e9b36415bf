import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { propertyId } from './shapes.js';

export default defineTool({
  name: 'tawkto_add_kb_domain_candidate',
  title: 'Add domain candidate',
  description: 'Add a KB domain candidate (knowledge-base.settings.add-domain-candidate).',
  method: 'POST',
  path: '/knowledge-base.settings.add-domain-candidate',
  resource: 'kb',
  access: 'write',
  input: z.object({ propertyId, domain: z.string().describe('Domain') }),
});
