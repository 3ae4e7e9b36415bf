import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { channelFilterSpecs, channelFilters } from './shapes.js';

export default defineTool({
  name: 'copilot_list_message_channels',
  title: 'List message channels',
  description: 'List message channels.',
  method: 'GET',
  path: '/message-channels',
  resource: 'message_channel',
  access: 'read',
  list: true,
  filters: channelFilterSpecs,
  input: z.object({ ...channelFilters }),
});
