import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { projectFields } from './create_project.js';
import { id, updateShape } from './shapes.js';

export default defineTool({
  name: 'copper_update_project',
  title: 'Update project',
  description: 'Update a project; lists are replaced.',
  method: 'PUT',
  path: '/projects/{id}',
  resource: 'project',
  access: 'write',
  input: updateShape({ id: id('Project'), name: z.string().min(1).describe('Name').optional() }, projectFields, 'copper_create_project'),
});
