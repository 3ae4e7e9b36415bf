import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';

export default defineTool({
  name: 'copilot_list_forms',
  title: 'List forms',
  description: 'List forms.',
  method: 'GET',
  path: '/forms',
  resource: 'form',
  access: 'read',
  list: true,
  input: z.object({}),
});
