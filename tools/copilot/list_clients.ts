import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export default defineTool({
  name: 'copilot_list_clients',
  title: 'List clients',
  description: 'List clients.',
  method: 'GET',
  path: '/clients',
  resource: 'client',
  access: 'read',
  list: true,
  // Exact and case-sensitive (SDK doc strings); companyId matches any of a client's companies.
  filters: {
    email: { match: 'equals', caseSensitive: true },
    givenName: { match: 'equals', caseSensitive: true },
    familyName: { match: 'equals', caseSensitive: true },
    companyId: { match: 'equals', field: 'companyIds' },
  },
  input: z.object({
    email: z.string().describe('Email').optional(),
    givenName: z.string().describe('First name').optional(),
    familyName: z.string().describe('Last name').optional(),
    companyId: id('Company').optional(),
  }),
});
