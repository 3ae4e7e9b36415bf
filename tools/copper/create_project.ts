import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { assigneeId, details, recordType, tags } from './shapes.js';

// The project record (catalog §3.8): related_resource, assignee_id, status, details, tags, custom_fields.
export const projectFields = {
  related_resource: z.object({ id: z.number().int(), type: recordType }).describe('Record it is on'),
  assignee_id: assigneeId,
  status: z.enum(['Open', 'Completed']).describe('Status'),
  details,
  tags,
};

export default defineTool({
  name: 'copper_create_project',
  title: 'Create project',
  description: 'Create a project.',
  method: 'POST',
  path: '/projects',
  resource: 'project',
  access: 'write',
  input: z.object({ name: z.string().min(1).describe('Name') }).extend(z.object(projectFields).partial().shape),
});
