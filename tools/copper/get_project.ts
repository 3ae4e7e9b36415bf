import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copper_get_project',
  title: 'Get project',
  description: 'Fetch one project.',
  method: 'GET',
  path: '/projects/{id}',
  resource: 'project',
  access: 'read',
  input: z.object({ id: id('Project') }),
});
