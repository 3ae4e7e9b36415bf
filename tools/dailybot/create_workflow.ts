import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { openBody } from './shapes.js';

// Body UNCONFIRMED (catalog §6): the listed items' writable fields are typed, `name` required; the steps'
// shape is unknown, so any other field is sent as given.
export const workflowFields = {
  name: z.string().min(1).describe('Name'),
  description: z.string().describe('Description').optional(),
  trigger_type: z.string().describe('e.g. api_trigger').optional(),
  active: z.boolean().describe('Active').optional(),
  visible: z.boolean().describe('Visible').optional(),
  metadata: z.record(z.string(), z.unknown()).describe('Metadata').optional(),
};

export default defineTool({
  name: 'dailybot_create_workflow',
  title: 'Create workflow',
  description: 'Create an automation workflow.',
  method: 'POST',
  path: '/workflows/',
  resource: 'workflow',
  access: 'write',
  input: openBody(workflowFields, 'Other workflow fields'),
});
