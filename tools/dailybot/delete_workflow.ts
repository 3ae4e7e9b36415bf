import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { uuid } from './shapes.js';

export default defineTool({
  name: 'dailybot_delete_workflow',
  title: 'Delete workflow',
  description: 'Permanently delete a workflow.',
  method: 'DELETE',
  path: '/workflows/{uuid}/',
  resource: 'workflow',
  access: 'destructive',
  input: z.object({ uuid: uuid('Workflow') }),
});
