import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { byProperty, propertyId } from './shapes.js';

// A read that exposes secrets (catalog §2.2, §9): declared destructive so read-only servers and
// `read`/`write` policies never offer it. Paging UNCONFIRMED: one call.
export default defineTool({
  name: 'tawkto_list_widget_api_keys',
  title: 'List widget API keys',
  description: 'List widget API keys; returns secrets (widgets.api-key.list).',
  method: 'POST',
  path: '/widgets.api-key.list',
  resource: 'widget',
  access: 'destructive',
  list: { style: 'none' },
  idempotent: true,
  sandbox: { collection: 'widget_api_key' },
  itemFields: ['id', 'propertyId', 'widgetId', 'key', 'createdOn', 'updatedOn'],
  filters: byProperty,
  input: z.object({ propertyId }),
});
