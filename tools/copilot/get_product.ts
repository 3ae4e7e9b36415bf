import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copilot_get_product',
  title: 'Get product',
  description: 'Fetch one product by id.',
  method: 'GET',
  path: '/products/{id}',
  resource: 'product',
  access: 'read',
  input: z.object({ id: id('Product') }),
});
