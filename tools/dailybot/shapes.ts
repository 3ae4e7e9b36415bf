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

/**
 * A body the catalog does not settle (UNCONFIRMED field names): the known fields are typed and any
 * other top-level argument is sent in the body as given. The executor nests a named object field
 * under its own key, so the rest travels as the schema's described `additionalProperties` instead.
 */
export const openBody = <T extends z.ZodRawShape>(shape: T, rest = 'Other body fields') => z.object(shape).catchall(z.unknown().describe(rest));

/** page + page_size lists (at most 100 a page [V3]), where the API default is limit/offset. */
export const pages = { style: 'page', pageParam: 'page', firstPage: 1, sizeParam: 'page_size', maxSize: 100 } as const;
