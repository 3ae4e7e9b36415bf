import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copilot_list_files',
  title: 'List files',
  description: 'List files, folders and links in a file channel.',
  method: 'GET',
  path: '/files',
  resource: 'file',
  access: 'read',
  list: true,
  // path: a recursive folder-path prefix (SDK); case UNCONFIRMED, so case-sensitive.
  filters: { channelId: { match: 'equals' }, path: { match: 'prefix', caseSensitive: true } },
  input: z.object({
    channelId: id('File channel'),
    path: z.string().describe('Folder path prefix').optional(),
  }),
});
