import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';

export default defineTool({
  name: 'copilot_list_products',
  title: 'List products',
  description: 'List products.',
  method: 'GET',
  path: '/products',
  resource: 'product',
  access: 'read',
  list: true,
  // "Case-insensitive" (SDK); exact or partial is UNCONFIRMED: exact, the narrower reading.
  filters: { name: { match: 'equals' } },
  input: z.object({ name: z.string().describe('Name').optional() }),
});
