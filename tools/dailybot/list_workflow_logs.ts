import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { uuid } from './shapes.js';

export default defineTool({
  name: 'dailybot_list_workflow_logs',
  title: 'List workflow logs',
  description: "List a workflow's execution logs.",
  method: 'GET',
  path: '/workflows/{workflow_uuid}/execution_logs/',
  resource: 'workflow',
  access: 'read',
  list: true,
  input: z.object({ workflow_uuid: uuid('Workflow') }),
  itemFields: ['id', 'workflow_uuid', 'status', 'trigger', 'payload', 'started_at', 'finished_at'],
  sandbox: { collection: 'workflow_log' },
});
