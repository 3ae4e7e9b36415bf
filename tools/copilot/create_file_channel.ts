import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { channelFields, channelRule } from './shapes.js';

export default defineTool({
  name: 'copilot_create_file_channel',
  title: 'Create file channel',
  description: 'Create a file channel for a client (clientId), clients (memberIds) or a company (companyId).',
  method: 'POST',
  path: '/channels/files',
  resource: 'file_channel',
  access: 'write',
  input: z.object(channelFields).superRefine(channelRule),
});
