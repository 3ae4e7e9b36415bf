import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';

export default defineTool({
  name: 'copper_get_current_user',
  title: 'Get current user',
  description: 'The user who owns the API key.',
  method: 'GET',
  path: '/users/me',
  resource: 'user',
  access: 'read',
  input: z.object({}),
});
