// Argument shapes shared by several Copilot declarations, said once. Descriptions are short on
// purpose: every word is paid for in tokens on every tools/list.
import { z } from 'zod';

// Non-empty (an empty id would change the path); a refinement is validated without costing schema tokens.
export const id = (what: string) =>
  z
    .string()
    .refine((v) => v.trim() !== '', 'must not be empty')
    .describe(`${what} id`);
/** Keys are custom field keys; values text, a number, a boolean, or an array of option keys (multi-select). */
export const customFields = z
  .record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]))
  .describe('By field key; multi-select: option keys');
export const sendInvite = z.boolean().describe('Email an account invite');
export const clientId = id('Client');
export const companyId = id('Company');
/** Amounts are integer cents; each item has quantity and either amount or a recurring priceId. */
export const lineItems = z
  .array(
    z.object({
      quantity: z.number(),
      amount: z.number().int().optional(),
      description: z.string().optional(),
      priceId: z.string().optional(),
    }),
  )
  .describe('amount in cents, or priceId');
export const paymentMethodPreferences = z
  .array(z.object({ type: z.enum(['creditCard', 'bankAccount']), feePaidByClient: z.boolean() }))
  .describe('Allowed payment methods');
export const daysUntilDue = z.number().int().min(0).max(30).describe('Days to pay');
export const membershipType = z.enum(['individual', 'group', 'company']).describe('Who is in the channel');
/** Channel create fields, the same for message and file channels. */
export const channelFields = {
  membershipType,
  clientId: clientId.describe('Client (individual)').optional(),
  companyId: companyId.describe('Company (company)').optional(),
  memberIds: z.array(z.string()).describe('Client ids (group)').optional(),
};
/** Channel list filters, the same for message and file channels, and what each matches. */
export const channelFilterSpecs = {
  membershipType: { match: 'equals' },
  memberId: { match: 'equals', field: 'memberIds' },
  // "Only return individual channels for this client": company and group channels have no clientId.
  clientId: { match: 'equals' },
} as const;
export const channelFilters = {
  membershipType: membershipType.optional(),
  memberId: id('Member').optional(),
  clientId: clientId.optional(),
};

/** Channel create: the members its membership type needs (catalog §6), checked before sending. */
export const channelRule = (
  b: { membershipType: string; clientId?: string; companyId?: string; memberIds?: string[] },
  ctx: z.RefinementCtx,
) => {
  const need = { individual: 'clientId', group: 'memberIds', company: 'companyId' }[b.membershipType] as
    | 'clientId'
    | 'memberIds'
    | 'companyId';
  const v = b[need];
  if (!v || (Array.isArray(v) && !v.length))
    ctx.addIssue({ code: 'custom', path: [need], message: `${need} is required for ${b.membershipType} channels` });
};
/** Invoices and subscriptions: a recipient, and a template or line items (catalog §5). */
export const billingRule = (
  b: { clientId?: string; companyId?: string; templateId?: string; lineItems?: unknown[] },
  ctx: z.RefinementCtx,
) => {
  if (!b.clientId && !b.companyId) ctx.addIssue({ code: 'custom', path: ['clientId'], message: 'clientId or companyId is required' });
  if (!b.templateId && !b.lineItems?.length)
    ctx.addIssue({ code: 'custom', path: ['lineItems'], message: 'lineItems is required unless templateId is given' });
};
