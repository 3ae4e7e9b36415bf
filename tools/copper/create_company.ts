import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { address, assigneeId, customFields, details, phoneNumbers, tags } from './shapes.js';

export const companyFields = {
  email_domain: z.string().describe('Email domain, unique'),
  address,
  phone_numbers: phoneNumbers,
  assignee_id: assigneeId,
  details,
  tags,
  custom_fields: customFields,
};

export default defineTool({
  name: 'copper_create_company',
  title: 'Create company',
  description: 'Create a company. Fails if the email domain is taken.',
  method: 'POST', path: '/companies', resource: 'company', access: 'write',
  input: z.object({ name: z.string().min(1).describe('Name') }).extend(z.object(companyFields).partial().shape),
});
