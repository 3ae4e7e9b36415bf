import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { channelFields } from './shapes.js';

export default defineTool({
  name: 'copilot_create_message_channel',
  title: 'Create message channel',
  description: 'Create a message channel for a client, a group of clients or a company.',
  method: 'POST', path: '/message-channels', resource: 'message_channel', access: 'write',
  input: z.object(channelFields),
});
