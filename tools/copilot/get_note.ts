import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copilot_get_note',
  title: 'Get note',
  description: 'Fetch one note by id.',
  method: 'GET',
  path: '/notes/{id}',
  resource: 'note',
  access: 'read',
  input: z.object({ id: id('Note') }),
});
