import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copper_get_company',
  title: 'Get company',
  description: 'Fetch one company.',
  method: 'GET',
  path: '/companies/{id}',
  resource: 'company',
  access: 'read',
  input: z.object({ id: id('Company') }),
});
