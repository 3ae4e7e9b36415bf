import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { flag } from './shapes.js';

export default defineTool({
  name: 'dailybot_get_me',
  title: 'Get me',
  description: "The key owner's profile and organization.",
  method: 'GET',
  path: '/me/',
  resource: 'user',
  access: 'read',
  input: z.object({ include_email: flag('Include email').optional() }),
  sandbox: { op: 'singleton', collection: 'me' },
});
