import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copilot_update_file_permissions',
  title: 'Update folder permissions',
  description: 'Set whether clients may change a folder: read_write or read_only.',
  // The SDK's path carries the trailing slash.
  method: 'PUT',
  path: '/files/{id}/permissions/',
  resource: 'file',
  access: 'write',
  input: z.object({
    id: id('Folder').describe('Folder id, or root'),
    clientPermissions: z.enum(['read_write', 'read_only']).describe('Client access'),
    channelId: id('File channel').describe('File channel id (root only)').optional(),
  }),
});
