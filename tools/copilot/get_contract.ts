import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copilot_get_contract',
  title: 'Get contract',
  description: 'Fetch one contract by id, with its fields.',
  method: 'GET',
  path: '/contracts/{id}',
  resource: 'contract',
  access: 'read',
  input: z.object({ id: id('Contract') }),
});
