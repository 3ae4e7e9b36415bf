import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { dateRange, propertyId } from './shapes.js';

// Filter field names (dates, agent, tag, department) are UNCONFIRMED: only the dates are sent.
export default defineTool({
  name: 'tawkto_get_new_ticket_metrics',
  title: 'New-ticket metrics',
  description: 'New-ticket counts (metrics.tickets-new).',
  method: 'POST',
  path: '/metrics.tickets-new',
  resource: 'metric',
  access: 'read',
  input: z.object({ propertyId, ...dateRange }),
});
