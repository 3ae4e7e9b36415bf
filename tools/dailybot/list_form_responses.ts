import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { day, uuid } from './shapes.js';

export default defineTool({
  name: 'dailybot_list_form_responses',
  title: 'List form responses',
  description: "List a form's responses: the key owner's own unless all or user is given (admin/owner only).",
  method: 'GET',
  path: '/forms/{form_uuid}/responses/',
  resource: 'form_response',
  access: 'read',
  // [CLI] names `page` + `page_size` for this list: the walk follows `next` either way, the size goes as page_size.
  list: { sizeParam: 'page_size' },
  input: z.object({
    form_uuid: uuid('Form'),
    state: z.string().describe('State key').optional(),
    all: z.boolean().describe('Everyone’s').optional(),
    user: uuid('User').optional(),
    date_from: day('From').optional(),
    date_to: day('To').optional(),
  }),
  // `all` widens the default own-only scope, which no FilterSpec says: the sandbox route applies it.
  // The CLI's `search` is left out: it matches inside `content`, a map keyed by question UUID.
  filters: {
    state: { match: 'equals', field: 'current_state', caseSensitive: true },
    all: { match: 'shape' },
    user: { match: 'equals', field: 'user.uuid' },
    date_from: { match: 'min', field: 'created_at' },
    date_to: { match: 'max', field: 'created_at' },
  },
  untrusted: 'form respondents’ answers',
});
