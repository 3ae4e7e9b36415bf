import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';

export default defineTool({
  name: 'dailybot_get_organization',
  title: 'Get organization',
  description: "The key's organization.",
  method: 'GET',
  path: '/organization/',
  resource: 'organization',
  access: 'read',
  input: z.object({}),
  sandbox: { op: 'singleton' },
});
