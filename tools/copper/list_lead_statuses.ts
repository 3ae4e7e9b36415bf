import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';

export default defineTool({
  name: 'copper_list_lead_statuses',
  title: 'List lead statuses',
  description: 'Lead statuses (ids for status_ids).',
  method: 'GET',
  path: '/lead_statuses',
  resource: 'lead_status',
  access: 'read',
  list: { style: 'none' },
  input: z.object({}),
});
