import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { day, pages, uuid } from './shapes.js';

export default defineTool({
  name: 'dailybot_list_form_responses',
  title: 'List form responses',
  description: "List a form's responses (own only unless all or user).",
  method: 'GET', path: '/forms/{form_uuid}/responses/', resource: 'form_response', access: 'read',
  list: pages,
  input: z.object({
    form_uuid: uuid('Form'),
    state: z.string().describe('State key').optional(),
    all: z.boolean().describe('Everyone (admin/owner)').optional(),
    user: uuid('User').optional(),
    date_from: day('From').optional(),
    date_to: day('To').optional(),
  }),
  untrusted: 'form respondents’ answers',
});
