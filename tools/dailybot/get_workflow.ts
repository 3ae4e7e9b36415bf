import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { uuid } from './shapes.js';

export default defineTool({
  name: 'dailybot_get_workflow',
  title: 'Get workflow',
  description: 'Fetch one workflow.',
  method: 'GET',
  path: '/workflows/{uuid}/',
  resource: 'workflow',
  access: 'read',
  input: z.object({ uuid: uuid('Workflow') }),
});
