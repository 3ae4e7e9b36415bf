import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { uuid } from './shapes.js';

export default defineTool({
  name: 'dailybot_trigger_workflow',
  title: 'Trigger workflow',
  description: 'Queue a run of an api_trigger workflow.',
  // Documented by [CLI] (202 {queued, workflow_uuid, detail}); probably [V3]'s 8th workflow endpoint (UNCONFIRMED).
  method: 'POST',
  path: '/workflows/{uuid}/trigger/',
  resource: 'workflow',
  access: 'write',
  input: z.object({
    uuid: uuid('Workflow'),
    payload: z.record(z.string(), z.unknown()).describe('Data, max 8 KiB').optional(),
  }),
});
