import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { noteFields } from './create_note.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copilot_update_note',
  title: 'Update note',
  description: 'Change the title or content of a note.',
  method: 'PATCH',
  path: '/notes/{id}',
  resource: 'note',
  access: 'write',
  input: z.object({ id: id('Note'), title: noteFields.title.optional(), content: noteFields.content.optional() }),
});
