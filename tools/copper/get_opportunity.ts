import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copper_get_opportunity',
  title: 'Get opportunity',
  description: 'Fetch one opportunity.',
  method: 'GET',
  path: '/opportunities/{id}',
  resource: 'opportunity',
  access: 'read',
  input: z.object({ id: id('Opportunity') }),
});
