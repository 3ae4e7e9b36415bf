import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id, propertyId } from './shapes.js';

// Settings field names UNCONFIRMED: those knowledge-base.settings.get shows in the sandbox; the subdomain
// and domain have their own methods.
export default defineTool({
  name: 'tawkto_update_kb_settings',
  title: 'Update KB settings',
  description: 'Change KB settings (knowledge-base.settings.update).',
  method: 'POST',
  path: '/knowledge-base.settings.update',
  resource: 'kb',
  access: 'write',
  idempotent: true,
  input: z.object({
    propertyId,
    title: z.string().describe('Title').optional(),
    description: z.string().describe('Description').optional(),
    language: z.string().describe('Language').optional(),
    font: z.string().describe('Font id (list_kb_fonts)').optional(),
    widgetId: id('Widget').optional(),
    published: z.boolean().describe('Published').optional(),
  }),
});
