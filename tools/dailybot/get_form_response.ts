import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { uuid } from './shapes.js';

export default defineTool({
  name: 'dailybot_get_form_response',
  title: 'Get form response',
  description: 'Fetch one form response.',
  method: 'GET',
  path: '/forms/{form_uuid}/responses/{response_uuid}/',
  resource: 'form_response',
  access: 'read',
  input: z.object({ form_uuid: uuid('Form'), response_uuid: uuid('Response') }),
  untrusted: 'form respondents’ answers',
});
