import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { assigneeId, customFieldsRef, details, phoneNumbers, tags } from './shapes.js';

export const companyFields = {
  email_domain: z.string().describe('Email domain, unique'),
  phone_numbers: phoneNumbers,
  assignee_id: assigneeId,
  details,
  tags,
  custom_fields: customFieldsRef,
};

export const createInput = z.object({ name: z.string().min(1).describe('Name') }).extend(z.object(companyFields).partial().shape);

export default defineTool({
  name: 'copper_create_company',
  title: 'Create company',
  // email_domain is a unique key (catalog §3.3); the emulator refuses a taken domain with 422.
  description: 'Create a company. Fails if the email domain is taken.',
  method: 'POST',
  path: '/companies',
  resource: 'company',
  access: 'write',
  input: createInput,
});
