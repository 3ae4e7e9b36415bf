import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copilot_delete_note',
  title: 'Delete note',
  description: 'Permanently delete a note.',
  method: 'DELETE',
  path: '/notes/{id}',
  resource: 'note',
  access: 'destructive',
  input: z.object({ id: id('Note') }),
});
