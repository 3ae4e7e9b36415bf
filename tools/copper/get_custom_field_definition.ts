import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copper_get_custom_field_definition',
  title: 'Get custom field definition',
  description: 'Fetch one custom field definition.',
  method: 'GET',
  path: '/custom_field_definitions/{id}',
  resource: 'custom_field',
  access: 'read',
  input: z.object({ id: id('Field') }),
});
