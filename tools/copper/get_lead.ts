import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copper_get_lead',
  title: 'Get lead',
  description: 'Fetch one lead.',
  method: 'GET',
  path: '/leads/{id}',
  resource: 'lead',
  access: 'read',
  input: z.object({ id: id('Lead') }),
});
