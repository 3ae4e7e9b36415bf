// Argument shapes shared by several Copper declarations, said once. Field descriptions are short on
// purpose: every word here is paid for in tokens on every tools/list.
import { z } from 'zod';

export const id = (what: string) => z.number().int().describe(`${what} id`);
const category = z.string().optional();
export const emails = z.array(z.object({ email: z.string().email(), category })).describe('category: work|personal|other');
export const phoneNumbers = z.array(z.object({ number: z.string(), category })).describe('category: work|mobile|home|other');
export const address = z
  .object({ street: z.string(), city: z.string(), state: z.string(), postal_code: z.string(), country: z.string() })
  .partial()
  .describe('Postal address');
export const websites = z.array(z.object({ url: z.string(), category })).describe('Websites');
export const tags = z.array(z.string()).describe('Tags');
export const customFields = z
  .array(z.object({ custom_field_definition_id: z.number().int(), value: z.unknown() }))
  .describe('Custom fields');
export const details = z.string().describe('Description');
export const assigneeId = z.number().int().describe('Owner id');

// Search filters.
export const ids = (what: string) => z.array(z.number().int()).describe(`${what} ids`);
export const idList = (what: string) => z.array(z.number().int()).describe(`${what} ids; -2 = none`);
export const anyTags = z.array(z.string()).describe('Tags, any');
export const sort = (...fields: [string, ...string[]]) => ({
  sort_by: z.enum(fields).describe('Sort field').optional(),
  sort_direction: z.enum(['asc', 'desc']).describe('Sort direction').optional(),
});
const unix = (what: string) => z.number().int().describe(`${what}, Unix s`);
export const dateRange = (prefix: string, what: string) => ({
  [`minimum_${prefix}_date`]: unix(`${what} from`).optional(),
  [`maximum_${prefix}_date`]: unix(`${what} to`).optional(),
});

/** An update takes the create tool's fields: validated here, described once (on the create tool). */
export const sameAsCreate = <T extends z.ZodRawShape>(fields: T) =>
  Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, (v as z.ZodType).optional().meta({ 'x-listed': false })])) as unknown as { [K in keyof T]: z.ZodOptional<T[K]> };
