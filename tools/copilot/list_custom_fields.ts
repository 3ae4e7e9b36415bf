import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';

export default defineTool({
  name: 'copilot_list_custom_fields',
  title: 'List custom fields',
  description: 'List custom field definitions.',
  method: 'GET',
  path: '/custom-fields',
  resource: 'custom_field',
  access: 'read',
  list: { style: 'none' },
  filters: { entityType: { match: 'equals' } },
  input: z.object({ entityType: z.enum(['client', 'company']).describe('Entity type').optional() }),
});
