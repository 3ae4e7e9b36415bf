import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copilot_get_internal_user',
  title: 'Get internal user',
  description: 'Fetch one internal (staff) user by id.',
  method: 'GET',
  path: '/internal-users/{id}',
  resource: 'internal_user',
  access: 'read',
  input: z.object({ id: id('User') }),
});
