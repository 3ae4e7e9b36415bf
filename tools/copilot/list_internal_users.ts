import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';

export default defineTool({
  name: 'copilot_list_internal_users',
  title: 'List internal users',
  description: 'List internal (staff) users.',
  method: 'GET',
  path: '/internal-users',
  resource: 'internal_user',
  access: 'read',
  list: true,
  input: z.object({}),
});
