import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';

export default defineTool({
  name: 'copper_get_account',
  title: 'Get account',
  description: 'Copper account details: name, timezone, whether leads are enabled.',
  method: 'GET', path: '/account', resource: 'account', access: 'read',
  input: z.object({}),
});
