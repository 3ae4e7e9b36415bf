import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';
import { entity, relatedResource } from './list_related_records.js';

export default defineTool({
  name: 'copper_relate_records',
  title: 'Relate records',
  // Allowed pairs per related-items/overview.md (2019 docs); the emulator refuses others with 422.
  description: 'Relate two records (both ways).',
  method: 'POST',
  path: '/{entity}/{id}/related',
  resource: 'related_item',
  access: 'write',
  input: z.object({ entity, id: id('Record'), resource: relatedResource.describe('Record to relate') }),
});
