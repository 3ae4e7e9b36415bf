import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copilot_send_message',
  title: 'Send message',
  description: 'Send a message in a channel; its clients see it and are notified.',
  method: 'POST',
  path: '/messages',
  resource: 'message',
  access: 'write',
  input: z.object({
    channelId: id('Message channel'),
    text: z.string().min(1).describe('Text; **bold**, _italic_, [link](url)'),
    senderId: id('Sender (client or internal user)').describe('Send as this user').optional(),
  }),
});
