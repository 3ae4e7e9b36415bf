import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';

export default defineTool({
  name: 'copper_list_custom_field_definitions',
  title: 'List custom fields',
  description: 'Custom field definitions with their options.',
  method: 'GET',
  path: '/custom_field_definitions',
  resource: 'custom_field',
  access: 'read',
  list: { style: 'none' },
  input: z.object({}),
});
