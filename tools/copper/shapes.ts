// Argument shapes shared by several Copper declarations, said once.
import { z } from 'zod';

export const id = (what: string) => z.number().int().positive().describe(`${what} id`);
const category = z.string().optional();
export const emails = z.array(z.object({ email: z.string().email(), category })).describe('Emails [{email, category: work|personal|other}]');
export const phoneNumbers = z.array(z.object({ number: z.string(), category })).describe('Phones [{number, category: work|mobile|home|other}]');
export const address = z
  .object({ street: z.string(), city: z.string(), state: z.string(), postal_code: z.string(), country: z.string() })
  .partial()
  .describe('Address {street, city, state, postal_code, country}');
export const urls = (what: string) => z.array(z.object({ url: z.string(), category })).describe(`${what} [{url, category}]`);
export const tags = z.array(z.string()).describe('Tags (replace the whole list on update)');
export const customFields = z
  .array(z.object({ custom_field_definition_id: z.number().int(), value: z.unknown() }))
  .describe('Custom field values [{custom_field_definition_id, value}]; null clears');
export const details = z.string().describe('Free-text description');
export const assigneeId = z.number().int().describe('Owner user id');

// Search filters.
export const idList = (what: string) => z.array(z.number().int()).describe(`${what} ids; -2 = none`);
export const sortDirection = z.enum(['asc', 'desc']).describe('Sort direction');
export const unix = (what: string) => z.number().int().describe(`${what} (Unix seconds)`);
export const dateRange = (prefix: string, what: string) => ({
  [`minimum_${prefix}_date`]: unix(`Earliest ${what}`).optional(),
  [`maximum_${prefix}_date`]: unix(`Latest ${what}`).optional(),
});
export const followed = z.union([z.literal(1), z.literal(2)]).describe('1 followed, 2 not followed');
export const location = {
  city: z.string().describe('City').optional(),
  state: z.string().describe('State').optional(),
  postal_code: z.string().describe('Postal code').optional(),
  country: z.string().length(2).describe('Country, 2-letter code').optional(),
};
