import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { dateRange, propertyId } from './shapes.js';

// Filter field names (dates, agent, tag, department) are UNCONFIRMED: only the dates are sent.
export default defineTool({
  name: 'tawkto_get_reopened_ticket_metrics',
  title: 'Reopened-ticket metrics',
  description: 'Reopened-ticket counts (metrics.tickets-reopened).',
  method: 'POST',
  path: '/metrics.tickets-reopened',
  resource: 'metric',
  access: 'read',
  input: z.object({ propertyId, ...dateRange }),
});
