import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';

export default defineTool({
  name: 'dailybot_invite_users',
  title: 'Invite users',
  description: 'Invite people; they are sent invitations.',
  method: 'POST',
  path: '/invite-user/',
  resource: 'invitation',
  access: 'write',
  input: z.object({
    users_identifiers: z.array(z.string()).min(1).max(100).describe('Emails or chat ids'),
    is_guest_account_invite: z.boolean().describe('Guest accounts').optional(),
    joinable_team_uuids: z.array(z.string()).describe('Teams to join').optional(),
    joinable_followup_uuids: z.array(z.string()).describe('Check-ins to join').optional(),
  }),
});
