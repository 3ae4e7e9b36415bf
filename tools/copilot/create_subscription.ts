import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { billingRule, daysUntilDue, id, lineItems, paymentMethodPreferences } from './shapes.js';

export default defineTool({
  name: 'copilot_create_subscription',
  title: 'Create subscription',
  description: 'Start recurring billing of a client or company (clientId and/or companyId). Needs templateId or lineItems.',
  method: 'POST',
  path: '/subscriptions',
  resource: 'subscription',
  access: 'write',
  input: z
    .object({
      clientId: id('Client').optional(),
      companyId: id('Company').describe('Company id; to bill a company or a multi-company client').optional(),
      templateId: id('Subscription template').optional(),
      lineItems: lineItems.optional(),
      collectionMethod: z.enum(['sendInvoice', 'chargeAutomatically']).describe('How to collect'),
      daysUntilDue,
      paymentMethodPreferences,
      interval: z.enum(['day', 'week', 'month', 'quarterly', 'yearly']).describe('Needed without a recurring price').optional(),
      intervalCount: z.number().int().min(1).describe('Intervals per bill').optional(),
      memo: z.string().describe('Memo').optional(),
      taxPercentage: z.number().min(0).describe('Tax %').optional(),
    })
    .superRefine(billingRule),
});
