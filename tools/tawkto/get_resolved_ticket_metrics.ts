import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { dateRange, propertyId } from './shapes.js';

// Filter field names (dates, agent, tag, department) are UNCONFIRMED: only the dates are sent.
export default defineTool({
  name: 'tawkto_get_resolved_ticket_metrics',
  title: 'Resolved-ticket metrics',
  description: 'Resolved-ticket counts (metrics.tickets-resolved).',
  method: 'POST',
  path: '/metrics.tickets-resolved',
  resource: 'metric',
  access: 'read',
  input: z.object({ propertyId, ...dateRange }),
});
