import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';

export default defineTool({
  name: 'copper_list_customer_sources',
  title: 'List customer sources',
  description: 'Customer sources of leads and opportunities.',
  method: 'GET',
  path: '/customer_sources',
  resource: 'customer_source',
  access: 'read',
  list: { style: 'none' },
  input: z.object({}),
});
