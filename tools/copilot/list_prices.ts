import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copilot_list_prices',
  title: 'List prices',
  description: 'List product prices.',
  method: 'GET',
  path: '/prices',
  resource: 'price',
  access: 'read',
  list: true,
  filters: { productId: { match: 'equals' } },
  input: z.object({ productId: id('Product').optional() }),
});
