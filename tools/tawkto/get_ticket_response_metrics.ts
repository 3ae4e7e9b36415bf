import { defineTool } from '../../src/declaration.js';
import { openBody, dateRange } from './shapes.js';

// Filter field names (dates, agent, tag, department) are UNCONFIRMED: the dates are typed, other filters
// pass through.
export default defineTool({
  name: 'tawkto_get_ticket_response_metrics',
  title: 'Ticket response metrics',
  description: 'Ticket response statistics (metrics.tickets-responses).',
  method: 'POST', path: '/metrics.tickets-responses', resource: 'metric', access: 'read',
  input: openBody(dateRange),
});
