import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copilot_get_message_channel',
  title: 'Get message channel',
  description: 'Fetch one message channel by id.',
  method: 'GET',
  path: '/message-channels/{id}',
  resource: 'message_channel',
  access: 'read',
  input: z.object({ id: id('Channel') }),
});
