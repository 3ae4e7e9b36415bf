import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id, object, propertyId, siteId } from './shapes.js';

// banner, ticketForm and header shapes are UNCONFIRMED: free-form objects.
export default defineTool({
  name: 'tawkto_update_kb_site',
  title: 'Update KB site',
  description: 'Change a KB site (knowledge-base.site.update).',
  method: 'POST',
  path: '/knowledge-base.site.update',
  resource: 'kb_site',
  access: 'write',
  idempotent: true,
  sandbox: { idArg: 'siteId' },
  input: z.object({
    propertyId,
    siteId,
    title: z.string().describe('Title').optional(),
    description: z.string().describe('Description').optional(),
    enabled: z.boolean().describe('Enabled').optional(),
    widgetId: id('Widget').optional(),
    banner: object('Banner').optional(),
    ticketForm: object('Ticket form').optional(),
    header: object('Header').optional(),
  }),
});
