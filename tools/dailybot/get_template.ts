import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { anyId } from './shapes.js';

export default defineTool({
  name: 'dailybot_get_template',
  title: 'Get template',
  description: 'Fetch one template with its questions.',
  method: 'GET',
  path: '/templates/{id}/',
  resource: 'template',
  access: 'read',
  input: z.object({ id: anyId('Template') }),
});
