import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { uuid } from './shapes.js';

export default defineTool({
  name: 'dailybot_delete_form_response',
  title: 'Delete form response',
  description: 'Delete a form response.',
  method: 'DELETE',
  path: '/forms/{form_uuid}/responses/{response_uuid}/',
  resource: 'form_response',
  access: 'destructive',
  input: z.object({ form_uuid: uuid('Form'), response_uuid: uuid('Response') }),
});
