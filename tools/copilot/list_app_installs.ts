import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';

export default defineTool({
  name: 'copilot_list_app_installs',
  title: 'List app installs',
  description: 'List the apps installed in the workspace.',
  method: 'GET',
  path: '/installs',
  resource: 'app_install',
  access: 'read',
  list: { style: 'none' },
  input: z.object({}),
});
