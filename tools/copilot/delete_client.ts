import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copilot_delete_client',
  title: 'Delete client',
  description: 'Permanently delete a client and its message and file channels.',
  method: 'DELETE',
  path: '/clients/{id}',
  resource: 'client',
  access: 'destructive',
  input: z.object({ id: id('Client') }),
});
