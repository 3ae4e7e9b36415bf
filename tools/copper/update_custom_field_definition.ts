import { defineTool } from '../../src/declaration.js';
import { fieldDefFields } from './create_custom_field_definition.js';
import { id, updateShape } from './shapes.js';

// The docs' table marks name and data_type required here too (copied from create), but the page's own
// example body sends only available_on and options: partial updates, like every other Copper PUT.
// UNCONFIRMED whether options keep their ids; the example answers new ids, so the list is replaced.
export default defineTool({
  name: 'copper_update_custom_field_definition',
  title: 'Update custom field',
  description: 'Update a custom field; lists are replaced.',
  method: 'PUT',
  path: '/custom_field_definitions/{id}',
  resource: 'custom_field',
  access: 'write',
  input: updateShape({ id: id('Field') }, fieldDefFields, 'copper_create_custom_field_definition'),
});
