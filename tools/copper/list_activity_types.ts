import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';

export default defineTool({
  name: 'copper_list_activity_types',
  title: 'List activity types',
  // The endpoint answers one object keyed by category, not an array (catalog §4.1).
  description: 'Activity types by category (user, system); Note is user id 0.',
  method: 'GET',
  path: '/activity_types',
  resource: 'activity_type',
  access: 'read',
  input: z.object({}),
  sandbox: { op: 'singleton' },
});
