import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copilot_get_form',
  title: 'Get form',
  description: 'Fetch one form by id, with its fields.',
  method: 'GET',
  path: '/forms/{id}',
  resource: 'form',
  access: 'read',
  input: z.object({ id: id('Form') }),
});
