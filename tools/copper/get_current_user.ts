import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';

export default defineTool({
  name: 'copper_get_current_user',
  title: 'Get current user',
  description: 'The Copper user the API key belongs to {id, name, email, groups}.',
  method: 'GET', path: '/users/me', resource: 'user', access: 'read',
  input: z.object({}),
  sandbox: { op: 'custom' },
});
