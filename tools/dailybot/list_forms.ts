import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { listQuery, listQueryFilters } from './shapes.js';

export default defineTool({
  name: 'dailybot_list_forms',
  title: 'List forms',
  description: 'List forms; archived ones only with include_archived.',
  // Paged like every list: "every /v1 list endpoint returns the envelope unconditionally" [CLI]
  // ([WWW-DEV]'s "flat array" is still read: a bare array is taken as the last page).
  method: 'GET',
  path: '/forms/',
  resource: 'form',
  access: 'read',
  list: true,
  input: z.object({
    include: z.literal('questions').describe('Embed questions').optional(),
    include_archived: z.boolean().describe('With archived').optional(),
    ...listQuery,
  }),
  // `include_archived` widens the default (archived hidden): the sandbox route applies it. `owner=me` is
  // left out: its value is not a field value a filter could state.
  filters: { include: { match: 'shape' }, include_archived: { match: 'shape' }, ...listQueryFilters('name') },
});
