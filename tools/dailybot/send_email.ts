import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { uuids } from './shapes.js';

export default defineTool({
  name: 'dailybot_send_email',
  title: 'Send email',
  description: 'Email users from DailyBot.',
  method: 'POST',
  path: '/send-email/',
  resource: 'message',
  access: 'write',
  input: z.object({
    users_uuids: uuids('Recipient'),
    email_subject: z.string().min(1).describe('Subject'),
    email_content: z.string().min(1).describe('HTML or text'),
  }),
});
