import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copilot_create_app_connection',
  title: 'Create app connection',
  description: 'Connect an installed app to a company or clients; they see its content in the portal.',
  method: 'POST',
  path: '/installs/{installId}/connections',
  resource: 'app_connection',
  access: 'write',
  input: z.object({
    installId: id('App install'),
    type: z.enum(['embed', 'link']).describe('How clients see it'),
    content: z.string().min(1).describe('URL or embed code'),
    companyId: id('Company').optional(),
    clientIds: z.array(z.string()).describe('Client ids (group)').optional(),
  }),
});
