import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copper_delete_lead',
  title: 'Delete lead',
  description: 'Delete a lead permanently.',
  method: 'DELETE',
  path: '/leads/{id}',
  resource: 'lead',
  access: 'destructive',
  input: z.object({ id: id('Lead') }),
});
