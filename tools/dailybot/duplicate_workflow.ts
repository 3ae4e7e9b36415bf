import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { uuid } from './shapes.js';

export default defineTool({
  name: 'dailybot_duplicate_workflow',
  title: 'Duplicate workflow',
  description: 'Copy a workflow; returns the copy.',
  method: 'POST',
  path: '/workflows/{uuid}/duplicate/',
  resource: 'workflow',
  access: 'write',
  input: z.object({ uuid: uuid('Workflow') }),
});
