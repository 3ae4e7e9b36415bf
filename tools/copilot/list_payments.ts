import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copilot_list_payments',
  title: 'List payments',
  description: 'List invoice payments.',
  method: 'GET',
  path: '/payments',
  resource: 'payment',
  access: 'read',
  list: true,
  filters: { invoiceId: { match: 'equals' } },
  input: z.object({ invoiceId: id('Invoice').optional() }),
});
