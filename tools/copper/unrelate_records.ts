import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';
import { entity, relatedResource } from './list_related_records.js';

export default defineTool({
  name: 'copper_unrelate_records',
  title: 'Unrelate records',
  description: 'Unrelate two records; both records stay.',
  // DELETE with a JSON body (related-items/remove-relationship-between-record-and-entity.md).
  method: 'DELETE',
  path: '/{entity}/{id}/related',
  resource: 'related_item',
  access: 'destructive',
  body: ['resource'],
  input: z.object({ entity, id: id('Record'), resource: relatedResource.describe('Related record') }),
});
