import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copilot_create_file',
  title: 'Create file',
  description: 'Create a file, folder or link in a file channel; its clients can see it.',
  method: 'POST',
  path: '/files/{fileType}',
  resource: 'file',
  access: 'write',
  input: z.object({
    fileType: z.enum(['file', 'folder', 'link']).describe('Kind'),
    channelId: id('File channel'),
    path: z.string().min(1).describe('Full path with name'),
    linkUrl: z.url().describe('Target (link only)').optional(),
    clientPermissions: z.enum(['read_write', 'read_only']).describe('Folder only').optional(),
  }),
});
