import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { propertyId, id } from './shapes.js';

export default defineTool({
  name: 'tawkto_get_contact',
  title: 'Get contact',
  description: "A contact person's record (contact.person.get).",
  method: 'POST',
  path: '/contact.person.get',
  resource: 'contact',
  access: 'read',
  untrusted: 'contact details given by visitors',
  sandbox: { idArg: 'personId' },
  input: z.object({ propertyId, personId: id('Person'), fields: z.array(z.string()).describe('Fields to return').optional() }),
});
