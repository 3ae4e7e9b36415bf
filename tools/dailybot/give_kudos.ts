import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';

export default defineTool({
  name: 'dailybot_give_kudos',
  title: 'Give kudos',
  description: 'Give kudos to users or teams; recipients are notified.',
  method: 'POST', path: '/kudos/', resource: 'kudos', access: 'write',
  input: z
    .object({
      content: z.string().min(1).describe('Message'),
      users_receivers: z.array(z.string()).describe('User UUIDs').optional(),
      teams_receivers: z.array(z.string()).describe('Team UUIDs').optional(),
      company_value: z.string().describe('Company value').optional(),
      is_anonymous: z.boolean().describe('Anonymous').optional(),
    })
    .refine((a) => a.users_receivers?.length || a.teams_receivers?.length, 'give users_receivers or teams_receivers'),
  sandbox: { op: 'custom' },
});
