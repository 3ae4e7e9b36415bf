import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copilot_get_file_download_url',
  title: 'Get file download URL',
  description: 'Deprecated: a download URL for a file; copilot_get_file has it too.',
  method: 'GET',
  path: '/files/{id}/download-url',
  resource: 'file',
  access: 'read',
  input: z.object({ id: id('File') }),
});
