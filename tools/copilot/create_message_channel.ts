import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { channelFields, channelRule } from './shapes.js';

export default defineTool({
  name: 'copilot_create_message_channel',
  title: 'Create message channel',
  description: 'Create a message channel for a client (clientId), clients (memberIds) or a company (companyId).',
  method: 'POST',
  path: '/message-channels',
  resource: 'message_channel',
  access: 'write',
  input: z.object(channelFields).superRefine(channelRule),
});
