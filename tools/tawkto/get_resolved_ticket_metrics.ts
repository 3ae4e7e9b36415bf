import { defineTool } from '../../src/declaration.js';
import { openBody, dateRange } from './shapes.js';

// Filter field names (dates, agent, tag, department) are UNCONFIRMED: the dates are typed, other filters
// pass through.
export default defineTool({
  name: 'tawkto_get_resolved_ticket_metrics',
  title: 'Resolved-ticket metrics',
  description: 'Resolved-ticket counts (metrics.tickets-resolved).',
  method: 'POST', path: '/metrics.tickets-resolved', resource: 'metric', access: 'read',
  input: openBody(dateRange),
});
