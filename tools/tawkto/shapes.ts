// Argument shapes and list semantics shared by several tawk.to declarations, said once. Descriptions
// are short on purpose: every word here is paid for in tokens on every tools/list.
import { z } from 'zod';
import type { FilterSpec, PaginationSpec, SortSpec } from '../../src/declaration.js';

/** Nearly every method takes the property (site) it acts on; property.list gives the ids. */
export const propertyId = z.string().describe('Property id');
/** A record id in its own body field (chatId, ticketId, hookId…). */
export const id = (what: string) => z.string().describe(`${what} id`);
/** The property plus one record id: the body of most get/remove methods. */
export const ref = (field: string, what: string) => z.object({ propertyId, [field]: id(what) });
export const siteId = z.string().describe('Site id');

/** A free value in settings the catalog does not spell out: text, number, boolean or a list of those. */
const scalar = z.union([z.string(), z.number(), z.boolean()]);
export const value = z.union([scalar, z.array(scalar)]);
/** Settings whose keys the catalog does not settle (UNCONFIRMED): key → plain value. */
export const settings = (what: string) => z.record(z.string(), value).describe(what);
/** A nested object the catalog does not describe (KB site banner/header, block content). */
export const object = (what: string) => z.record(z.string(), z.unknown()).describe(what);

/** A list scoped to one property: the records carry it. */
export const byProperty: Record<string, FilterSpec> = { propertyId: { match: 'equals' } };

/** Metrics dates: the format is UNCONFIRMED, so any ISO 8601 text is passed on unchecked. */
export const dateRange = { startDate: z.string().describe('From').optional(), endDate: z.string().describe('To').optional() };
/** chat.list / ticket.list dates: ISO 8601 UTC, `YYYY-MM-DDTHH:MM:SSZ` (catalog §3.2). */
const utc = (what: string) => z.iso.datetime().describe(what);

/** chat.list and ticket.list filters (catalog §3.2); the `deleted` flag is left out (tokens; rarely wanted). */
export const historyFilters = {
  propertyId,
  startDate: utc('From').optional(),
  endDate: utc('To').optional(),
  dateType: z.enum(['cso', 'cuo']).describe('Dates apply to: cso created, cuo updated').optional(),
  sort: z.enum(['co-new-old', 'co-old-new']).describe('Order').optional(),
};
/**
 * The window is inclusive on both ends (UNCONFIRMED; the catalog gives no bound semantics). It applies to
 * `createdOn`; `dateType: cuo` moves it to `updatedOn`.
 */
const windowField = { arg: 'dateType', fields: { cso: 'createdOn', cuo: 'updatedOn' } };
export const historySpecs: Record<string, FilterSpec> = {
  ...byProperty,
  startDate: { match: 'min', field: 'createdOn', fieldFrom: windowField },
  endDate: { match: 'max', field: 'createdOn', fieldFrom: windowField },
  dateType: { match: 'shape' },
};
/** `co` = created-on ([PD] "newest first"). */
export const historySort: SortSpec = {
  arg: 'sort',
  values: { 'co-new-old': { field: 'createdOn', desc: true }, 'co-old-new': { field: 'createdOn' } },
};

/** knowledge-base.article.list / .search: a `next` token and `limit`, the answer inside `data` (catalog §4). */
export const kbArticlePages = {
  style: 'cursor',
  cursorParam: 'next',
  cursorField: 'data.next',
  sizeParam: 'limit',
  itemsField: 'data.articles',
  totalField: 'data.total',
} satisfies Partial<PaginationSpec>;

const span = (what: string) =>
  z
    .object({ from: z.string().describe('From'), to: z.string().describe('To') })
    .partial()
    .describe(what);
/** The article list's `filters` object (catalog §3.7 / [WN: endpoints.md]); fields of the list entries. */
export const kbFilters = z
  .object({
    site: z.array(z.string()).describe('Site ids'),
    category: z.array(z.string()).describe('Category ids'),
    author: z.array(z.string()).describe('Agent ids'),
    status: z.enum(['draft', 'published', 'archived']).describe('Status'),
    visibility: z.enum(['public', 'private']).describe('Visibility'),
    createdAt: span('Created'),
    updatedAt: span('Updated'),
  })
  .partial()
  .describe('Filters');
/**
 * Filters inside the `filters` argument, keyed by their dotted argument path (the sandbox route applies
 * them to `args.filters`). Lists match any of their entries; exact matching is UNCONFIRMED.
 */
export const kbFilterSpecs: Record<string, FilterSpec> = {
  'filters.site': { match: 'any', field: 'siteId' },
  'filters.category': { match: 'any', field: 'categories.id' },
  'filters.author': { match: 'any', field: 'author' },
  'filters.status': { match: 'equals', field: 'status' },
  'filters.visibility': { match: 'equals', field: 'visibility' },
  'filters.createdAt.from': { match: 'min', field: 'createdAt' },
  'filters.createdAt.to': { match: 'max', field: 'createdAt' },
  'filters.updatedAt.from': { match: 'min', field: 'updatedAt' },
  'filters.updatedAt.to': { match: 'max', field: 'updatedAt' },
};
export const kbSort = z
  .object({ field: z.enum(['title', 'createdAt', 'updatedAt']).describe('Field'), order: z.enum(['asc', 'desc']).describe('Order') })
  .describe('Order');
export const kbSortSpec: SortSpec = { arg: 'sort', objectKeys: { field: 'field', direction: 'order' } };
