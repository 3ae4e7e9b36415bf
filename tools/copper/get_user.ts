import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copper_get_user',
  title: 'Get user',
  description: 'Fetch one user.',
  method: 'GET',
  path: '/users/{id}',
  resource: 'user',
  access: 'read',
  input: z.object({ id: id('User') }),
});
