import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { historyFilters, historySort, historySpecs } from './shapes.js';

// Offset paging per the API definition. A chat `status` filter is UNCONFIRMED (commented out in [PY]):
// left out.
export default defineTool({
  name: 'tawkto_list_chats',
  title: 'List chats',
  description: 'List or filter chats, with transcripts (chat.list).',
  method: 'POST',
  path: '/chat.list',
  resource: 'chat',
  access: 'read',
  list: true,
  untrusted: 'chat messages from website visitors',
  filters: historySpecs,
  sort: historySort,
  input: z.object(historyFilters),
});
