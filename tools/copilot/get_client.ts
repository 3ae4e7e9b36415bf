import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copilot_get_client',
  title: 'Get client',
  description: 'Fetch one client by id.',
  method: 'GET',
  path: '/clients/{id}',
  resource: 'client',
  access: 'read',
  input: z.object({ id: id('Client') }),
});
