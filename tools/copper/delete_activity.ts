import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copper_delete_activity',
  title: 'Delete activity',
  description: 'Delete an activity permanently.',
  method: 'DELETE',
  path: '/activities/{id}',
  resource: 'activity',
  access: 'destructive',
  input: z.object({ id: id('Activity') }),
});
