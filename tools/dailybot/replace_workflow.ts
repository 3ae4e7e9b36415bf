import { defineTool } from '../../src/declaration.js';
import { workflowFields } from './create_workflow.js';
import { openBody, uuid } from './shapes.js';

export default defineTool({
  name: 'dailybot_replace_workflow',
  title: 'Replace workflow',
  description: 'Replace a workflow with create_workflow fields.',
  method: 'PUT',
  path: '/workflows/{uuid}/',
  resource: 'workflow',
  access: 'write',
  // Body UNCONFIRMED (catalog §6): a PUT replaces, so `name` is required again; other fields sent as given.
  input: openBody({ uuid: uuid('Workflow'), ...workflowFields }, 'Workflow fields'),
});
