import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { uuid } from './shapes.js';

export default defineTool({
  name: 'dailybot_get_important_date',
  title: 'Get important date',
  description: 'Fetch one important date.',
  method: 'GET',
  path: '/important-date/{uuid}/',
  resource: 'important_date',
  access: 'read',
  input: z.object({ uuid: uuid('Important date') }),
});
