import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copilot_delete_notification',
  title: 'Delete notification',
  description: 'Permanently delete a notification.',
  method: 'DELETE',
  path: '/notifications/{id}',
  resource: 'notification',
  access: 'destructive',
  input: z.object({ id: id('Notification') }),
});
