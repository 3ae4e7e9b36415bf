import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';

export default defineTool({
  name: 'dailybot_invite_users',
  title: 'Invite users',
  description: 'Invite people to the organization; they receive invitations.',
  method: 'POST', path: '/invite-user/', resource: 'invitation', access: 'write',
  input: z.object({
    users_identifiers: z.array(z.string()).min(1).max(100).describe('Emails or chat ids'),
    is_guest_account_invite: z.boolean().describe('Guest accounts').optional(),
    joinable_team_uuids: z.array(z.string()).describe('Team UUIDs to join').optional(),
    joinable_followup_uuids: z.array(z.string()).describe('Check-in UUIDs to join').optional(),
  }),
  sandbox: { op: 'custom' },
});
