import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copilot_list_notes',
  title: 'List notes',
  description: 'List notes on clients or companies.',
  method: 'GET',
  path: '/notes',
  resource: 'note',
  access: 'read',
  list: { defaultSize: 20 }, // notes default to 20 a page (SDK); the 100 ceiling and walk size are the API's
  filters: { entityType: { match: 'equals' }, entityId: { match: 'equals' } },
  input: z.object({
    entityType: z.enum(['client', 'company']).describe('Entity type').optional(),
    entityId: id('Client or company').optional(),
  }),
});
