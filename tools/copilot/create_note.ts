import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

export const noteFields = {
  title: z.string().min(1).describe('Title, one line'),
  content: z.string().describe('HTML body'),
};

export default defineTool({
  name: 'copilot_create_note',
  title: 'Create note',
  description: 'Add an internal note to a client or company (not shown to clients).',
  method: 'POST',
  path: '/notes',
  resource: 'note',
  access: 'write',
  input: z.object({
    entityType: z.enum(['client', 'company']).describe('Entity type'),
    entityId: id('Client or company'),
    title: noteFields.title,
    content: noteFields.content.optional(),
  }),
});
