import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { dateRange, propertyId, id } from './shapes.js';

// Filter field names (dates, agent, tag, department) are UNCONFIRMED: only the dates and agent are sent.
export default defineTool({
  name: 'tawkto_get_chat_metrics',
  title: 'Chat metrics',
  description: 'Chat statistics (metrics.chats).',
  method: 'POST',
  path: '/metrics.chats',
  resource: 'metric',
  access: 'read',
  input: z.object({ propertyId, ...dateRange, agentId: id('Agent').optional() }),
});
