import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { openBody } from './shapes.js';

export const workflowFields = { name: z.string().min(1).describe('Name') };

export default defineTool({
  name: 'dailybot_create_workflow',
  title: 'Create workflow',
  description: 'Create an automation workflow.',
  method: 'POST', path: '/workflows/', resource: 'workflow', access: 'write',
  // Body UNCONFIRMED (catalog §6): `name` as on the listed items, every other field sent as given.
  input: openBody(workflowFields, 'Other workflow fields'),
  sandbox: { op: 'custom' },
});
