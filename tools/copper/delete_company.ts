import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copper_delete_company',
  title: 'Delete company',
  description: 'Delete a company permanently.',
  method: 'DELETE',
  path: '/companies/{id}',
  resource: 'company',
  access: 'destructive',
  input: z.object({ id: id('Company') }),
});
