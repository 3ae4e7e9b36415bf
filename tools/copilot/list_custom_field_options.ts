import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copilot_list_custom_field_options',
  title: 'List custom field options',
  description: 'List the options of a select custom field.',
  method: 'GET',
  path: '/custom-fields/{customFieldId}/options',
  resource: 'custom_field',
  access: 'read',
  list: { style: 'none' },
  // label: "the option with a label that matches"; case UNCONFIRMED, so case-sensitive.
  filters: { label: { match: 'equals', caseSensitive: true } },
  itemFields: ['id', 'object', 'customFieldId', 'key', 'label', 'color'],
  input: z.object({ customFieldId: id('Custom field'), label: z.string().describe('Label').optional() }),
  sandbox: { collection: 'custom_field_option' },
});
