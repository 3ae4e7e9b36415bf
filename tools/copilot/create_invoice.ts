import { z } from 'zod';
import { defineTool } from '../../src/declaration.js';
import { billingRule, daysUntilDue, id, lineItems, paymentMethodPreferences } from './shapes.js';

export default defineTool({
  name: 'copilot_create_invoice',
  title: 'Create invoice',
  description: 'Bill a client or company (clientId and/or companyId); they are notified. Needs templateId or lineItems.',
  method: 'POST',
  path: '/invoices',
  resource: 'invoice',
  access: 'write',
  input: z
    .object({
      clientId: id('Client').optional(),
      companyId: id('Company').describe('Company id; to bill a company or a multi-company client').optional(),
      templateId: id('Invoice template').optional(),
      lineItems: lineItems.optional(),
      daysUntilDue,
      paymentMethodPreferences,
      memo: z.string().describe('Memo').optional(),
      taxPercentage: z.number().min(0).describe('Tax %').optional(),
    })
    .superRefine(billingRule),
});
