import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copilot_download_file',
  title: 'Download file',
  description: 'Deprecated: download the raw contents of a file under 4 MB; prefer copilot_get_file.',
  method: 'GET',
  path: '/files/{id}/download',
  resource: 'file',
  access: 'read',
  input: z.object({ id: id('File') }),
});
