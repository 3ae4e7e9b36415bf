import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';

export default defineTool({
  name: 'copilot_list_invoice_templates',
  title: 'List invoice templates',
  description: 'List invoice templates.',
  method: 'GET',
  path: '/invoice-templates',
  resource: 'invoice_template',
  access: 'read',
  list: true,
  input: z.object({}),
});
