import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copper_delete_project',
  title: 'Delete project',
  description: 'Delete a project permanently.',
  method: 'DELETE',
  path: '/projects/{id}',
  resource: 'project',
  access: 'destructive',
  input: z.object({ id: id('Project') }),
});
