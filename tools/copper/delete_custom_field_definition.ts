import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copper_delete_custom_field_definition',
  title: 'Delete custom field',
  description: 'Delete a custom field permanently.',
  method: 'DELETE',
  path: '/custom_field_definitions/{id}',
  resource: 'custom_field',
  access: 'destructive',
  input: z.object({ id: id('Field') }),
});
