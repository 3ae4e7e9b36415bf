import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { byProperty, propertyId } from './shapes.js';

// Not paginated (catalog §4).
export default defineTool({
  name: 'tawkto_list_members',
  title: 'List members',
  description: "List a property's members (members.list).",
  method: 'POST',
  path: '/members.list',
  resource: 'member',
  access: 'read',
  list: { style: 'none' },
  filters: byProperty,
  input: z.object({ propertyId }),
});
