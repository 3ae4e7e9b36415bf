import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copilot_list_app_connections',
  title: 'List app connections',
  description: "List an install's connections.",
  method: 'GET',
  path: '/installs/{installId}/connections',
  resource: 'app_connection',
  access: 'read',
  list: { style: 'none' },
  // clientId: the SDK says "visible to this client"; the sandbox route adds company-wide connections of the
  // client's companies to the member match declared here.
  filters: { clientId: { match: 'equals', field: 'clientIds' }, companyId: { match: 'equals' } },
  input: z.object({
    installId: id('Install'),
    clientId: id('Client').optional(),
    companyId: id('Company').optional(),
  }),
});
