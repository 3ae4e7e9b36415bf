import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';

export default defineTool({
  name: 'dailybot_give_kudos',
  title: 'Give kudos',
  description: 'Give kudos to users or teams (at least one); recipients are notified, the giver excluded.',
  method: 'POST',
  path: '/kudos/',
  resource: 'kudos',
  access: 'write',
  input: z
    .object({
      content: z.string().min(1).describe('Message'),
      users_receivers: z.array(z.string()).describe('User UUIDs').optional(),
      teams_receivers: z.array(z.string()).describe('Team UUIDs').optional(),
      company_value: z.string().describe('Company value').optional(),
      is_anonymous: z.boolean().describe('Anonymous').optional(),
      by_dailybot: z.boolean().describe('Sent as DailyBot').optional(),
    })
    .superRefine((a, ctx) => {
      if (!a.users_receivers?.length && !a.teams_receivers?.length)
        ctx.addIssue({ code: 'custom', message: 'give users_receivers or teams_receivers' });
    }),
  // The official CLI sends the canonical `receivers` (users and teams merged, "for validation") beside the
  // typed lists ([CLI] dailybot_cli/api_client.py give_kudos).
  concat: { receivers: ['users_receivers', 'teams_receivers'] },
});
