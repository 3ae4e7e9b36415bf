import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { propertyId } from './shapes.js';

export default defineTool({
  name: 'tawkto_remove_kb_domain_candidate',
  title: 'Remove domain candidate',
  description: 'Remove a KB domain candidate (knowledge-base.settings.remove-domain-candidate).',
  method: 'POST',
  path: '/knowledge-base.settings.remove-domain-candidate',
  resource: 'kb',
  access: 'destructive',
  idempotent: true,
  input: z.object({ propertyId, domain: z.string().describe('Domain') }),
});
