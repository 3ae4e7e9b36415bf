import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copilot_get_contract_template',
  title: 'Get contract template',
  description: 'Fetch one contract template by id.',
  method: 'GET',
  path: '/contract-templates/{id}',
  resource: 'contract_template',
  access: 'read',
  input: z.object({ id: id('Template') }),
});
