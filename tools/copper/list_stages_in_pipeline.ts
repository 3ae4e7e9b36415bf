import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copper_list_stages_in_pipeline',
  title: 'List stages in a pipeline',
  description: 'List the stages of one pipeline.',
  method: 'GET',
  path: '/pipeline_stages/pipeline/{pipeline_id}',
  resource: 'pipeline',
  access: 'read',
  list: { style: 'none' },
  input: z.object({ pipeline_id: id('Pipeline') }),
  itemFields: ['id', 'name', 'pipeline_id', 'win_probability'],
  filters: { pipeline_id: { match: 'equals' } },
  sandbox: { collection: 'pipeline_stage' },
});
