import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { channelFilters } from './shapes.js';

export default defineTool({
  name: 'copilot_list_message_channels',
  title: 'List message channels',
  description: 'List message channels.',
  method: 'GET', path: '/message-channels', resource: 'message_channel', access: 'read', list: true,
  input: z.object({ ...channelFilters }),
});
