import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { noteFields } from './create_note.js';
import { id, sameAsCreate } from './shapes.js';

export default defineTool({
  name: 'copilot_update_note',
  title: 'Update note',
  description: 'Change the title or content of a note (as in copilot_create_note).',
  method: 'PATCH', path: '/notes/{id}', resource: 'note', access: 'write',
  input: z.object({ id: id('Note') }).extend(sameAsCreate(noteFields)),
});
