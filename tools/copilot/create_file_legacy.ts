import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copilot_create_file_legacy',
  title: 'Create folder (deprecated)',
  description: 'Deprecated POST /file: create a folder; prefer copilot_create_file.',
  method: 'POST',
  path: '/file',
  resource: 'file',
  access: 'write',
  input: z.object({
    type: z.literal('folder').describe('Only folder'),
    channelID: id('File channel'),
    path: z.string().describe('Path in the channel').optional(),
    fileKey: z.string().describe('Storage key').optional(),
    fileUrl: z.string().describe('Link URL').optional(),
  }),
});
