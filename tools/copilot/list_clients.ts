import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copilot_list_clients',
  title: 'List clients',
  description: 'List clients; name and email filters match exactly.',
  method: 'GET', path: '/clients', resource: 'client', access: 'read', list: true,
  input: z.object({
    email: z.string().describe('Email').optional(),
    givenName: z.string().describe('First name').optional(),
    familyName: z.string().describe('Last name').optional(),
    companyId: id('Company').optional(),
  }),
});
