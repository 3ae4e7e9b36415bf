import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { id } from './shapes.js';

const ctaParams = z.record(z.string(), z.string()).optional();

export default defineTool({
  name: 'copilot_create_notification',
  title: 'Create notification',
  description: 'Notify a client (recipientClientId) or internal user (recipientInternalUserId) in the portal and/or by email.',
  method: 'POST',
  path: '/notifications',
  resource: 'notification',
  access: 'write',
  input: z
    .object({
      senderId: id('Sender'),
      recipientClientId: id('Recipient client').optional(),
      recipientCompanyId: id('Recipient company').optional(),
      recipientInternalUserId: id('Recipient internal user').optional(),
      senderCompanyId: id('Sender company').optional(),
      deliveryTargets: z
        .object({
          inProduct: z.object({ title: z.string(), body: z.string().optional(), ctaParams }).optional(),
          email: z.object({ subject: z.string(), header: z.string(), body: z.string(), title: z.string(), ctaParams }).partial().optional(),
        })
        .describe('inProduct and/or email; email title = button'),
    })
    .superRefine((b, ctx) => {
      if (!b.recipientClientId && !b.recipientInternalUserId)
        ctx.addIssue({ code: 'custom', path: ['recipientClientId'], message: 'recipientClientId or recipientInternalUserId is required' });
    }),
});
