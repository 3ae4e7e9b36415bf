// Argument shapes shared by several DailyBot declarations, said once. Descriptions are short on
// purpose: every word is paid for in tokens on every tools/list.
import { z } from 'zod';
import type { FilterSpec } from '../../src/declaration.js';

/** A record's UUID, named by what it identifies. */
export const uuid = (what: string) => z.string().describe(`${what} UUID`);
export const uuids = (what: string) => z.array(z.string()).min(1).describe(`${what} UUIDs`);
/** Ids whose type the catalog does not settle (integer or string): listed as a string, a number is accepted too. */
export const anyId = (what: string) => z.coerce.string().describe(`${what} id`);
/** YYYY-MM-DD (the schema says `format: date`). */
export const day = (what: string) => z.iso.date().describe(what);
export const flag = (what: string) => z.boolean().describe(what);

/** An answer or other free-form value: a string, number or boolean, or a list of those. */
const scalar = z.union([z.string(), z.number(), z.boolean()]);
export const value = z.union([scalar, z.array(scalar)]);

/**
 * A body the catalog does not settle (UNCONFIRMED field names): the known fields are typed and any
 * other top-level argument is sent in the body as given — a string, number, boolean or a list of
 * those (an object-valued field the catalog names is typed in `shape`). The executor nests a named object field under its own key, so the rest travels as
 * the schema's described `additionalProperties` instead.
 */
export const openBody = <T extends z.ZodRawShape>(shape: T, rest = 'Other body fields') => z.object(shape).catchall(value.describe(rest));

/** The CLI's shared list filters on forms, kudos and workflows ([CLI] api_client.py sends `search`, `start_date`, `end_date`). */
export const listQuery = {
  search: z.string().max(256).describe('Text').optional(),
  start_date: day('From').optional(),
  end_date: day('To').optional(),
};
/** Their meaning: `search` on the given fields, the dates on `created_at` (UNCONFIRMED field; the record's only timestamp). */
export const listQueryFilters = (searchFields: string | string[]): Record<string, FilterSpec> => ({
  search: { match: 'contains', field: searchFields },
  start_date: { match: 'min', field: 'created_at' },
  end_date: { match: 'max', field: 'created_at' },
});
