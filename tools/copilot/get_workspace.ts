import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';

export default defineTool({
  name: 'copilot_get_workspace',
  title: 'Get workspace',
  description: 'The workspace of the API key: branding, portal URL, labels.',
  method: 'GET',
  path: '/workspaces',
  resource: 'workspace',
  access: 'read',
  input: z.object({}),
});
