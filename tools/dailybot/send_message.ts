import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';

export default defineTool({
  name: 'dailybot_send_message',
  title: 'Send message',
  description: 'Send a bot chat message to users, teams or channels.',
  method: 'POST',
  path: '/send-message/',
  resource: 'message',
  access: 'write',
  input: z
    .object({
      message: z.string().min(1).describe('Text (Markdown)'),
      target_users: z.array(z.string()).describe('User UUIDs').optional(),
      target_teams: z.array(z.string()).describe('Team UUIDs').optional(),
      // Channel objects changed shape between doc generations ({id, is_channel_message} → {id, channel_type});
      // UNCONFIRMED which the server still accepts: the object is passed through as given.
      target_channels: z
        .array(z.looseObject({ id: z.string() }))
        .describe('{id, channel_type}')
        .optional(),
      bot_message_id: z.string().describe('Edit this message').optional(),
      skip_users_on_time_off: z.boolean().describe('Skip time-off users').optional(),
    })
    .refine(
      (a) => [a.target_users, a.target_teams, a.target_channels].some((t) => t?.length),
      'give target_users, target_teams or target_channels',
    ),
});
