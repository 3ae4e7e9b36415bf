import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { assigneeId, customFields, details, emails, phoneNumbers, tags } from './shapes.js';

export const personFields = {
  emails,
  phone_numbers: phoneNumbers,
  title: z.string().describe('Job title'),
  contact_type_id: z.number().int().describe('Contact type id'),
  assignee_id: assigneeId,
  details,
  tags,
  custom_fields: customFields,
};

export const createInput = z
  .object({ name: z.string().min(1).describe('Full name'), company_id: z.number().int().describe('Company id').optional() })
  .extend(z.object(personFields).partial().shape);

export default defineTool({
  name: 'copper_create_person',
  title: 'Create person',
  // Email is a unique key for People (catalog §3.2); the emulator refuses a taken email with 422.
  description: 'Create a person. Fails if an email is already taken.',
  method: 'POST',
  path: '/people',
  resource: 'person',
  access: 'write',
  input: createInput,
});
