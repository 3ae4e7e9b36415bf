// Argument shapes shared by several DailyBot declarations, said once. Descriptions are short on
// purpose: every word is paid for in tokens on every tools/list.
import { z } from 'zod';

/** A record's UUID, named by what it identifies. */
export const uuid = (what: string) => z.string().describe(`${what} UUID`);
export const uuids = (what: string) => z.array(z.string()).min(1).describe(`${what} UUIDs`);
/** Ids whose type the catalog does not settle (integer or string): listed as a string, a number is accepted too. */
export const anyId = (what: string) => z.coerce.string().describe(`${what} id`);
/** YYYY-MM-DD (the schema says `format: date`). */
export const day = (what: string) => z.iso.date().describe(what);
export const flag = (what: string) => z.boolean().describe(what);

/** An update takes the create tool's fields: validated here, described once (on the create tool). */
export const sameAsCreate = <T extends z.ZodRawShape>(fields: T) =>
  Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, (v as z.ZodType).optional().meta({ 'x-listed': false })])) as unknown as { [K in keyof T]: z.ZodOptional<T[K]> };
