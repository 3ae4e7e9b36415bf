import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copilot_get_app_install',
  title: 'Get app install',
  description: 'Fetch one installed app by id.',
  method: 'GET',
  path: '/installs/{installId}',
  resource: 'app_install',
  access: 'read',
  input: z.object({ installId: id('App install') }),
});
