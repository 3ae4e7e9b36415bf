// Argument shapes shared by several tawk.to declarations, said once. Descriptions are short on
// purpose: every word here is paid for in tokens on every tools/list.
import { z } from 'zod';
import type { PaginationSpec } from '../../src/declaration.js';

/** Nearly every method takes the property (site) it acts on; property.list gives the ids. */
export const propertyId = z.string().describe('Property id');
/** A record id in its own body field (chatId, ticketId, hookId…). */
export const id = (what: string) => z.string().describe(`${what} id`);
/** The property plus one record id: the body of most get/remove methods. */
export const ref = (field: string, what: string) => z.object({ propertyId, [field]: id(what) });
/**
 * A body the catalog does not settle beyond its ids (UNCONFIRMED field names): the known fields are
 * typed and any other top-level field is passed through as given.
 */
export const openBody = <T extends z.ZodRawShape>(shape: T) => z.looseObject({ propertyId, ...shape });

/** Metrics dates: the format is UNCONFIRMED, so any ISO 8601 text is passed on unchecked. */
export const dateRange = { startDate: z.string().describe('From').optional(), endDate: z.string().describe('To').optional() };
/** chat.list / ticket.list dates: ISO 8601 UTC, `YYYY-MM-DDTHH:MM:SSZ` (catalog §3.2). */
const utc = (what: string) => z.iso.datetime().describe(what);

/** chat.list and ticket.list filters (catalog §3.2); the `deleted` flag is left out (tokens; rarely wanted). */
export const historyFilters = {
  propertyId,
  startDate: utc('From').optional(),
  endDate: utc('To').optional(),
  dateType: z.enum(['cso', 'cuo']).describe('cso created, cuo updated').optional(),
  sort: z.enum(['co-new-old', 'co-old-new']).describe('Order').optional(),
};

export const siteId = z.string().describe('Site id');
export const freeForm = (what: string) => z.record(z.string(), z.unknown()).describe(what);

/** Optional fields that are validated but not listed, because the tool description names them. */
export const unlisted = <T extends z.ZodRawShape>(fields: T) =>
  Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, (v as z.ZodType).optional().meta({ 'x-listed': false })])) as unknown as { [K in keyof T]: z.ZodOptional<T[K]> };
/** An update takes the create tool's fields: validated here, described once (on the create tool). */
export const sameAsCreate = unlisted;

/** knowledge-base.article.list / .search: a `next` token and `limit`, the answer inside `data` (catalog §4). */
export const kbArticlePages = {
  style: 'cursor', cursorParam: 'next', cursorField: 'data.next', sizeParam: 'limit', itemsField: 'data.articles', totalField: 'data.total',
} satisfies Partial<PaginationSpec>;
