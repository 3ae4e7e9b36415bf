import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export const entity = z.enum(['leads', 'people', 'companies', 'opportunities', 'projects', 'tasks']).describe('Record type');
export const relatedResource = z.object({
  id: z.number().int(),
  type: z.enum(['lead', 'person', 'company', 'opportunity', 'project', 'task']),
});

export default defineTool({
  name: 'copper_list_related_records',
  title: 'List related records',
  description: 'The records related to a record, as {id, type}.',
  method: 'GET',
  path: '/{entity}/{id}/related',
  resource: 'related_item',
  access: 'read',
  list: { style: 'none' },
  input: z.object({ entity, id: id('Record') }),
});
