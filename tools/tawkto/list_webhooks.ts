import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { byProperty, propertyId } from './shapes.js';

// Body, shape and paging UNCONFIRMED: one call, `data[]` (a property has at most 10).
export default defineTool({
  name: 'tawkto_list_webhooks',
  title: 'List webhooks',
  description: "List a property's webhooks (webhooks.list).",
  method: 'POST',
  path: '/webhooks.list',
  resource: 'webhook',
  access: 'read',
  list: { style: 'none' },
  filters: byProperty,
  input: z.object({ propertyId }),
});
