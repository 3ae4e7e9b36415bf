import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';

export default defineTool({
  name: 'copper_fetch_person_by_email',
  title: 'Find person by email',
  description: 'Fetch the person with this exact email.',
  method: 'POST',
  path: '/people/fetch_by_email',
  resource: 'person',
  access: 'read',
  input: z.object({ email: z.string().email().describe('Email') }),
});
