import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

// The id field name is UNCONFIRMED ("agent id"); agentId follows the API's <thing>Id convention.
export default defineTool({
  name: 'tawkto_get_agent',
  title: 'Get agent',
  description: "One agent's profile (agent.info).",
  method: 'POST',
  path: '/agent.info',
  resource: 'member',
  access: 'read',
  sandbox: { idArg: 'agentId' },
  input: z.object({ agentId: id('Agent') }),
});
