import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copilot_list_form_responses',
  title: 'List form responses',
  description: 'List the responses to a form, with answers.',
  method: 'GET',
  path: '/forms/{formId}/form-responses',
  resource: 'form_response',
  access: 'read',
  untrusted: 'form answers written by clients',
  list: { style: 'none' },
  input: z.object({ formId: id('Form') }),
});
