import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copilot_get_file',
  title: 'Get file',
  description: 'Fetch one file, folder or link by id, with its download URL.',
  method: 'GET',
  path: '/files/{id}',
  resource: 'file',
  access: 'read',
  input: z.object({ id: id('File') }),
});
