import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copilot_request_form_response',
  title: 'Send form',
  description: 'Ask clients to fill in a form; each is notified.',
  method: 'POST',
  path: '/form-responses',
  resource: 'form_response',
  access: 'write',
  input: z.object({
    formId: id('Form'),
    clientCompanyIds: z
      .array(z.object({ clientId: z.string(), companyId: z.string() }))
      .min(1)
      .describe('Recipients'),
  }),
});
