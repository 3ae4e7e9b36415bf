import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';

export default defineTool({
  name: 'copilot_list_invoices',
  title: 'List invoices',
  description: 'List invoices.',
  method: 'GET',
  path: '/invoices',
  resource: 'invoice',
  access: 'read',
  list: true,
  input: z.object({}),
});
