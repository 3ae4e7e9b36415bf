import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { uuid } from './shapes.js';

export default defineTool({
  name: 'dailybot_transition_form_response',
  title: 'Transition form response',
  description: 'Move a form response to an allowed state.',
  method: 'POST',
  path: '/forms/{form_uuid}/responses/{response_uuid}/transition/',
  resource: 'form_response',
  access: 'write',
  input: z.object({
    form_uuid: uuid('Form'),
    response_uuid: uuid('Response'),
    to_state: z.string().describe('State key'),
    note: z.string().describe('Note').optional(),
  }),
  untrusted: 'form respondents’ answers',
});
