import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copilot_delete_company',
  title: 'Delete company',
  description: 'Permanently delete a company and its message and file channels.',
  method: 'DELETE',
  path: '/companies/{id}',
  resource: 'company',
  access: 'destructive',
  input: z.object({ id: id('Company') }),
});
