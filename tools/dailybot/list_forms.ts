import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';

export default defineTool({
  name: 'dailybot_list_forms',
  title: 'List forms',
  description: 'List forms.',
  method: 'GET', path: '/forms/', resource: 'form', access: 'read',
  list: { style: 'none' }, // a flat array, no pagination [WWW-DEV forms]
  input: z.object({
    include: z.literal('questions').describe('Embed questions').optional(),
    include_archived: z.boolean().describe('With archived').optional(),
  }),
  sandbox: { op: 'custom' },
});
