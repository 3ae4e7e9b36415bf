import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { uuids } from './shapes.js';

export default defineTool({
  name: 'dailybot_open_conversation',
  title: 'Open conversation',
  description: 'Open a Slack group DM; returns its channel.',
  // Idempotent per [CLI]: the same users get the same conversation back.
  method: 'POST',
  path: '/open-conversation/',
  resource: 'message',
  access: 'write',
  idempotent: true,
  input: z.object({ users_uuids: uuids('User') }),
});
