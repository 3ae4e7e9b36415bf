import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copilot_send_contract',
  title: 'Send contract',
  description: 'Send a contract from a template to a client to sign; the client is notified.',
  method: 'POST',
  path: '/contracts',
  resource: 'contract',
  access: 'write',
  input: z.object({
    contractTemplateId: id('Template'),
    clientId: id('Client'),
    companyId: id('Company').describe('Company id; needed if the client has several').optional(),
    variableValues: z.record(z.string(), z.string()).describe('Template input values by name').optional(),
  }),
});
