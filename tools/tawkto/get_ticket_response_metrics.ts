import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { dateRange, propertyId } from './shapes.js';

// Filter field names (dates, agent, tag, department) are UNCONFIRMED: only the dates are sent.
export default defineTool({
  name: 'tawkto_get_ticket_response_metrics',
  title: 'Ticket response metrics',
  description: 'Ticket response statistics (metrics.tickets-responses).',
  method: 'POST',
  path: '/metrics.tickets-responses',
  resource: 'metric',
  access: 'read',
  input: z.object({ propertyId, ...dateRange }),
});
