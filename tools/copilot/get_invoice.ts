import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copilot_get_invoice',
  title: 'Get invoice',
  description: 'Fetch one invoice by id.',
  method: 'GET',
  path: '/invoices/{id}',
  resource: 'invoice',
  access: 'read',
  input: z.object({ id: id('Invoice') }),
});
