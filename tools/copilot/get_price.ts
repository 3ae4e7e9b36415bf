import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copilot_get_price',
  title: 'Get price',
  description: 'Fetch one price by id.',
  method: 'GET',
  path: '/prices/{id}',
  resource: 'price',
  access: 'read',
  input: z.object({ id: id('Price') }),
});
