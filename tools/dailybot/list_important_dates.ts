import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { uuid } from './shapes.js';

export default defineTool({
  name: 'dailybot_list_important_dates',
  title: 'List important dates',
  description: "List a user's important dates, e.g. time off.",
  method: 'GET',
  path: '/important-date/',
  resource: 'important_date',
  access: 'read',
  list: { style: 'none' }, // a bare, unpaged array [V3]
  input: z.object({ uuid: uuid('User') }),
  filters: { uuid: { match: 'equals', field: 'user' } },
});
