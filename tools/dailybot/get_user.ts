import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { flag, uuid } from './shapes.js';

export default defineTool({
  name: 'dailybot_get_user',
  title: 'Get user',
  description: 'Fetch one member.',
  method: 'GET',
  path: '/users/{uuid}/',
  resource: 'user',
  access: 'read',
  // The include_email query name is UNCONFIRMED for this endpoint (CLI only); an unknown query is ignored.
  input: z.object({ uuid: uuid('User'), include_email: flag('Include email').optional() }),
});
