import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copilot_mark_notification_read',
  title: 'Mark notification read',
  description: 'Mark a notification as read.',
  method: 'POST',
  path: '/notifications/{id}/read',
  resource: 'notification',
  access: 'write',
  idempotent: true,
  input: z.object({ id: id('Notification') }),
});
