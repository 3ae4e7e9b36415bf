import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copper_delete_connection',
  title: 'Delete connection',
  description: 'Remove a Connect-field link; both records stay.',
  method: 'DELETE',
  path: '/related_links/{id}',
  resource: 'connection',
  access: 'destructive',
  input: z.object({ id: id('Connection') }),
});
