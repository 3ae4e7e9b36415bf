import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';

export default defineTool({
  name: 'copper_list_loss_reasons',
  title: 'List loss reasons',
  description: 'Reasons an opportunity was lost.',
  method: 'GET',
  path: '/loss_reasons',
  resource: 'loss_reason',
  access: 'read',
  list: { style: 'none' },
  input: z.object({}),
});
