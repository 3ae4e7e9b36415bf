import { defineTool } from '../../src/declaration.js';
import { openBody, dateRange } from './shapes.js';

// Filter field names (dates, agent, tag, department) are UNCONFIRMED: the dates are typed, other filters
// pass through.
export default defineTool({
  name: 'tawkto_get_reopened_ticket_metrics',
  title: 'Reopened-ticket metrics',
  description: 'Reopened-ticket counts (metrics.tickets-reopened).',
  method: 'POST', path: '/metrics.tickets-reopened', resource: 'metric', access: 'read',
  input: openBody(dateRange),
});
