import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copilot_delete_file',
  title: 'Delete file',
  description: 'Permanently delete a file, link or empty folder (not recursive).',
  method: 'DELETE',
  path: '/files/{id}',
  resource: 'file',
  access: 'destructive',
  input: z.object({ id: id('File') }),
});
