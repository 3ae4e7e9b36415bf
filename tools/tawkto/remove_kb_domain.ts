import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { propertyId } from './shapes.js';

export default defineTool({
  name: 'tawkto_remove_kb_domain',
  title: 'Remove KB domain',
  description: 'Remove the KB custom domain (knowledge-base.settings.remove-domain).',
  method: 'POST',
  path: '/knowledge-base.settings.remove-domain',
  resource: 'kb',
  access: 'destructive',
  idempotent: true,
  input: z.object({ propertyId }),
});
