import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';

export default defineTool({
  name: 'dailybot_get_organization',
  title: 'Get organization',
  description: 'The organization the API key belongs to.',
  method: 'GET', path: '/organization/', resource: 'organization', access: 'read',
  input: z.object({}),
  sandbox: { op: 'singleton' },
});
