import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { day, uuid } from './shapes.js';

export default defineTool({
  name: 'dailybot_list_form_responses',
  title: 'List form responses',
  description: "List a form's responses (own only unless all or user).",
  method: 'GET', path: '/forms/{form_uuid}/responses/', resource: 'form_response', access: 'read',
  list: { style: 'page', pageParam: 'page', firstPage: 1, sizeParam: 'page_size', maxSize: 100 },
  input: z.object({
    form_uuid: uuid('Form'),
    state: z.string().describe('Workflow state key').optional(),
    all: z.boolean().describe('Everyone (admin/owner)').optional(),
    user: uuid('Only this user').optional(),
    date_from: day('From').optional(),
    date_to: day('To').optional(),
  }),
});
