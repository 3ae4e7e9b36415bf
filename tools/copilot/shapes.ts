// Argument shapes shared by several Copilot declarations, said once. Descriptions are short on
// purpose: every word is paid for in tokens on every tools/list.
import { z } from 'zod';

// Non-empty (an empty id would change the path); a refinement is validated without costing schema tokens.
export const id = (what: string) => z.string().refine((v) => v.trim() !== '', 'must not be empty').describe(`${what} id`);
/** Keys are custom field keys; values a string/number or an array of option keys (multi-select). */
export const customFields = z.record(z.string(), z.unknown()).describe('By field key; multi-select: option keys');
export const sendInvite = z.boolean().describe('Email an account invite');
export const clientId = id('Client');
export const companyId = id('Company');
/** Amounts are integer cents; each item has quantity and either amount or a recurring priceId. */
export const lineItems = z
  .array(z.object({ quantity: z.number(), amount: z.number().int().optional(), description: z.string().optional(), priceId: z.string().optional() }))
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
/** Channel list filters, the same for message and file channels. */
export const channelFilters = {
  membershipType: membershipType.optional(),
  memberId: id('Member').optional(),
  clientId: clientId.optional(),
};

/** An update takes the create tool's fields: validated here, described once (on the create tool). */
export const sameAsCreate = <T extends z.ZodRawShape>(fields: T) =>
  Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, (v as z.ZodType).optional().meta({ 'x-listed': false })])) as unknown as { [K in keyof T]: z.ZodOptional<T[K]> };
