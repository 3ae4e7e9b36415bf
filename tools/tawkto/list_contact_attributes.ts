import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { byProperty, propertyId } from './shapes.js';

export default defineTool({
  name: 'tawkto_list_contact_attributes',
  title: 'List contact attributes',
  description: 'Custom contact attributes (contact.attribute.list-custom).',
  method: 'POST',
  path: '/contact.attribute.list-custom',
  resource: 'contact',
  access: 'read',
  list: { style: 'none', itemsField: 'data.dataAttributes' },
  sandbox: { collection: 'contact_attribute' },
  filters: { ...byProperty, object: { match: 'equals' } },
  itemFields: ['propertyId', 'key', 'object', 'label', 'dataType', 'fullPath'],
  input: z.object({ propertyId, object: z.enum(['person', 'organization']).describe('Object type').optional() }),
});
