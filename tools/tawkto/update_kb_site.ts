import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id, openBody, siteId, unlisted } from './shapes.js';

// banner, ticketForm and header shapes are UNCONFIRMED: they pass through as given.
export default defineTool({
  name: 'tawkto_update_kb_site',
  title: 'Update KB site',
  description: 'Change a KB site: banner, ticketForm, header, enabled, widgetId (knowledge-base.site.update).',
  method: 'POST', path: '/knowledge-base.site.update', resource: 'kb_site', access: 'write',
  idempotent: true,
  sandbox: { idArg: 'siteId' },
  input: openBody({ siteId, ...unlisted({ enabled: z.boolean(), widgetId: id('Widget') }) }),
});
