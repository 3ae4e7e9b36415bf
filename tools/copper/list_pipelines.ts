import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';

export default defineTool({
  name: 'copper_list_pipelines',
  title: 'List pipelines',
  description: 'Pipelines, each with its stages.',
  method: 'GET',
  path: '/pipelines',
  resource: 'pipeline',
  access: 'read',
  list: { style: 'none' },
  input: z.object({}),
});
