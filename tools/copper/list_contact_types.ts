import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';

export default defineTool({
  name: 'copper_list_contact_types',
  title: 'List contact types',
  description: 'Contact types of people and companies.',
  method: 'GET',
  path: '/contact_types',
  resource: 'contact_type',
  access: 'read',
  list: { style: 'none' },
  input: z.object({}),
});
