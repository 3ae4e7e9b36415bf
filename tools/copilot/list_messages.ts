import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copilot_list_messages',
  title: 'List messages',
  description: 'List messages of a channel, newest first.',
  method: 'GET',
  path: '/messages',
  resource: 'message',
  access: 'read',
  untrusted: 'messages that may be written by clients',
  list: true,
  filters: { channelId: { match: 'equals' } },
  input: z.object({ channelId: id('Message channel') }),
});
