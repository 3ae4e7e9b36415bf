import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copilot_get_file_channel',
  title: 'Get file channel',
  description: 'Fetch one file channel by id.',
  method: 'GET',
  path: '/channels/files/{id}',
  resource: 'file_channel',
  access: 'read',
  input: z.object({ id: id('Channel') }),
});
