import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { propertyId } from './shapes.js';

// Settings field names UNCONFIRMED: those widgets.global-settings.get shows in the sandbox.
export default defineTool({
  name: 'tawkto_update_global_widget_settings',
  title: 'Update global widget settings',
  description: 'Change global widget settings (widgets.global-settings.update).',
  method: 'POST',
  path: '/widgets.global-settings.update',
  resource: 'widget',
  access: 'write',
  idempotent: true,
  input: z.object({
    propertyId,
    language: z.string().describe('Widget language').optional(),
    consent: z.boolean().describe('Ask for consent').optional(),
    soundNotifications: z.boolean().describe('Sounds').optional(),
    hideWhenOffline: z.boolean().describe('Hide when offline').optional(),
  }),
});
