import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';

export default defineTool({
  name: 'tawkto_get_current_agent',
  title: 'Get current agent',
  description: 'The agent the key belongs to (agent.me).',
  method: 'POST',
  path: '/agent.me',
  resource: 'member',
  access: 'read',
  sandbox: { collection: 'me' },
  input: z.object({}),
});
