import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { propertyId } from './shapes.js';

export default defineTool({
  name: 'tawkto_get_kb_settings',
  title: 'Get KB settings',
  description: 'KB settings (knowledge-base.settings.get).',
  method: 'POST',
  path: '/knowledge-base.settings.get',
  resource: 'kb',
  access: 'read',
  input: z.object({ propertyId }),
});
