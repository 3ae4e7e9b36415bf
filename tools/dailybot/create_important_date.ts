import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { day, uuid } from './shapes.js';

export default defineTool({
  name: 'dailybot_create_important_date',
  title: 'Create important date',
  description: 'Add an important date, e.g. time off; end_date must not precede start_date.',
  method: 'POST',
  path: '/important-date/',
  resource: 'important_date',
  access: 'write',
  // Body UNCONFIRMED (the [V3] excerpt is cut): the record's own field names ([V3] important-date object),
  // only `name` required. Defaults as the sandbox applies them: the key owner, today, one day.
  input: z.object({
    name: z.string().min(1).describe('Name'),
    start_date: day('From, default today').optional(),
    end_date: day('To, default start_date').optional(),
    user: uuid('User, default key owner').optional(),
    important_date_type: z.string().describe('e.g. time_off').optional(),
    is_specific_date: z.boolean().describe('A single day').optional(),
    metadata: z.record(z.string(), z.unknown()).describe('Metadata').optional(),
  }),
});
