import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { clientFields } from './create_client.js';
import { customFields, id } from './shapes.js';

export default defineTool({
  name: 'copilot_replace_client',
  title: 'Replace client',
  description: 'Overwrite a client: every field not given is cleared, custom fields and company included.',
  method: 'PUT',
  path: '/clients/{id}',
  resource: 'client',
  access: 'destructive',
  input: z.object({
    id: id('Client'),
    givenName: clientFields.givenName,
    familyName: clientFields.familyName,
    companyId: clientFields.companyId.optional(),
    customFields: customFields.optional(),
  }),
});
