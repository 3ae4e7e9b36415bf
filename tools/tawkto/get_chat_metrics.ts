import { defineTool } from '../../src/declaration.js';
import { openBody, dateRange } from './shapes.js';

// Filter field names (dates, agent, tag, department) are UNCONFIRMED: the dates are typed, other filters
// pass through.
export default defineTool({
  name: 'tawkto_get_chat_metrics',
  title: 'Chat metrics',
  description: 'Chat statistics (metrics.chats).',
  method: 'POST', path: '/metrics.chats', resource: 'metric', access: 'read',
  input: openBody(dateRange),
});
