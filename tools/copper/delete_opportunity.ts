import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copper_delete_opportunity',
  title: 'Delete opportunity',
  description: 'Delete an opportunity permanently.',
  method: 'DELETE',
  path: '/opportunities/{id}',
  resource: 'opportunity',
  access: 'destructive',
  input: z.object({ id: id('Opportunity') }),
});
