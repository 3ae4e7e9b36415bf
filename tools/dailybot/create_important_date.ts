import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { day, openBody } from './shapes.js';

export default defineTool({
  name: 'dailybot_create_important_date',
  title: 'Create important date',
  description: 'Add an important date, e.g. time off.',
  method: 'POST', path: '/important-date/', resource: 'important_date', access: 'write',
  // Body UNCONFIRMED (the [V3] excerpt is cut): the record's own field names are typed, the rest sent as given.
  input: openBody({
    name: z.string().min(1).describe('Name'),
    start_date: day('From').optional(),
    end_date: day('To').optional(),
  }, 'e.g. user, important_date_type'),
  sandbox: { op: 'custom' },
});
