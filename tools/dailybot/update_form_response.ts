import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { content } from './create_form_response.js';
import { uuid } from './shapes.js';

export default defineTool({
  name: 'dailybot_update_form_response',
  title: 'Update form response',
  description: 'Merge answers into a form response.',
  method: 'PATCH',
  path: '/forms/{form_uuid}/responses/{response_uuid}/',
  resource: 'form_response',
  access: 'write',
  input: z.object({ form_uuid: uuid('Form'), response_uuid: uuid('Response'), content }),
  untrusted: 'form respondents’ answers',
});
