import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { leadFields } from './create_lead.js';
import { id, sameAsCreate } from './shapes.js';

export default defineTool({
  name: 'copper_update_lead',
  title: 'Update lead',
  description: 'Update a lead with any copper_create_lead fields; lists are replaced.',
  method: 'PUT', path: '/leads/{id}', resource: 'lead', access: 'write',
  input: z.object({ id: id('Lead'), name: z.string().min(1).describe('Name').optional() }).extend(sameAsCreate(leadFields)),
});
