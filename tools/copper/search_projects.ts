import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { anyTags, ids } from './shapes.js';

export default defineTool({
  name: 'copper_search_projects',
  title: 'Search projects',
  description: 'Search projects.',
  method: 'POST', path: '/projects/search', resource: 'project', access: 'read', list: true,
  input: z.object({
    name: z.string().describe('Name').optional(),
    ids: ids('Project').optional(),
    tags: anyTags.optional(),
  }),
});
