import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { channelFilters, id } from './shapes.js';

export default defineTool({
  name: 'copilot_list_file_channels',
  title: 'List file channels',
  description: 'List file channels.',
  method: 'GET', path: '/channels/files', resource: 'file_channel', access: 'read', list: true,
  input: z.object({ ...channelFilters, companyId: id('Company').optional() }),
});
