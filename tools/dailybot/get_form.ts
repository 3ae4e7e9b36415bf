import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { uuid } from './shapes.js';

export default defineTool({
  name: 'dailybot_get_form',
  title: 'Get form',
  description: 'Fetch one form with its questions and states.',
  method: 'GET',
  path: '/forms/{uuid}/',
  resource: 'form',
  access: 'read',
  input: z.object({ uuid: uuid('Form') }),
});
