import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { historyFilters, historySort, historySpecs } from './shapes.js';

// Paged like chat.list (catalog §4 says "probably"; offset, as [PH] assumes).
export default defineTool({
  name: 'tawkto_list_tickets',
  title: 'List tickets',
  description: 'List or filter tickets (ticket.list).',
  method: 'POST',
  path: '/ticket.list',
  resource: 'ticket',
  access: 'read',
  list: true,
  untrusted: 'ticket messages from customers',
  filters: { ...historySpecs, status: { match: 'equals' } },
  sort: historySort,
  input: z.object({ ...historyFilters, status: z.enum(['open', 'pending', 'closed']).describe('Status').optional() }),
});
