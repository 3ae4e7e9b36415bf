import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { channelFilterSpecs, channelFilters, id } from './shapes.js';

export default defineTool({
  name: 'copilot_list_file_channels',
  title: 'List file channels',
  description: 'List file channels.',
  method: 'GET',
  path: '/channels/files',
  resource: 'file_channel',
  access: 'read',
  list: true,
  filters: { ...channelFilterSpecs, companyId: { match: 'equals' } },
  input: z.object({ ...channelFilters, companyId: id('Company').optional() }),
});
