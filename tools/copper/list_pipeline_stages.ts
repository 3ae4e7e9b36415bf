import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';

export default defineTool({
  name: 'copper_list_pipeline_stages',
  title: 'List pipeline stages',
  description: 'List all pipeline stages.',
  method: 'GET',
  path: '/pipeline_stages',
  resource: 'pipeline',
  access: 'read',
  list: { style: 'none' },
  input: z.object({}),
  itemFields: ['id', 'name', 'pipeline_id', 'win_probability'],
  sandbox: { collection: 'pipeline_stage' },
});
