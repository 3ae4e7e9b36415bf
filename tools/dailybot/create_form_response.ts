import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { uuid, value } from './shapes.js';

export const content = z.record(z.string(), value).describe('Answers by question UUID');

export default defineTool({
  name: 'dailybot_create_form_response',
  title: 'Create form response',
  description: 'Submit a form response.',
  method: 'POST',
  path: '/forms/{form_uuid}/responses/',
  resource: 'form_response',
  access: 'write',
  input: z.object({ form_uuid: uuid('Form'), content }),
});
