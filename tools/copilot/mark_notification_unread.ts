import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copilot_mark_notification_unread',
  title: 'Mark notification unread',
  description: 'Mark a notification as unread.',
  method: 'POST',
  path: '/notifications/{id}/unread',
  resource: 'notification',
  access: 'write',
  idempotent: true,
  input: z.object({ id: id('Notification') }),
});
