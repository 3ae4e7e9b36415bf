import { defineTool } from '../../src/declaration.js';
import { openBody, dateRange } from './shapes.js';

// Filter field names (dates, agent, tag, department) are UNCONFIRMED: the dates are typed, other filters
// pass through.
export default defineTool({
  name: 'tawkto_get_new_ticket_metrics',
  title: 'New-ticket metrics',
  description: 'New-ticket counts (metrics.tickets-new).',
  method: 'POST', path: '/metrics.tickets-new', resource: 'metric', access: 'read',
  input: openBody(dateRange),
});
