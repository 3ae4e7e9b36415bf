// The declaration format: what tools/<api>/ files are written in. Everything here is data the
// machinery in src/ reads; an endpoint is added by adding one ToolDeclaration, an API by adding one
// ApiDefinition. Functions appear only where an API's wire format cannot be said as data (auth
// header construction, the shape of an emulated error body).
import type { z } from 'zod';

export type Access = 'read' | 'write' | 'destructive';
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** How a list endpoint pages. Read by the executor (walking, continuation) and the emulator (serving). */
export interface PaginationSpec {
  /**
   * page: page number + size; offset: row offset + size; cursor: opaque token + size; link: the
   * response's `cursorField` holds the URL of the next page and the next request carries that URL's
   * query parameters, whatever they are (DailyBot, whose sources disagree on the parameter names);
   * none: one call returns all.
   */
  style: 'page' | 'offset' | 'cursor' | 'link' | 'none';
  /** Where the paging arguments travel. */
  in: 'query' | 'body';
  /** page style: the page-number argument and the number of the first page. */
  pageParam?: string;
  firstPage?: 0 | 1;
  /** offset style: the offset argument. */
  offsetParam?: string;
  /**
   * cursor style: the request argument and the response field carrying the next token. link style: the
   * argument that carries the next link's query string (listed as an opaque string) and the field holding the link.
   */
  cursorParam?: string;
  cursorField?: string;
  /** The page-size argument, its upper bound and the size used when walking pages. */
  sizeParam?: string;
  maxSize?: number;
  /** The size the upstream uses when none is sent, and the size used when walking pages. */
  defaultSize?: number;
  walkSize?: number;
  /**
   * Response field holding the items; absent means the body is a bare array (a bare array is accepted either way).
   * This and the other response-field names below may be dotted paths into nested objects (`data.articles`).
   */
  itemsField?: string;
  /** Where an upstream total comes from: a response field or a response header. */
  totalField?: string;
  totalHeader?: string;
  /** A response field that is null/absent on the last page (e.g. a DRF `next` link). */
  endField?: string;
}

/** One way of authenticating: the variables it needs and the headers it sends. */
export interface CredentialOption {
  /** Environment variables this option needs, all of them set. */
  env: string[];
  /** Which of them are secrets (never logged, never echoed; redacted from every output). */
  secret: string[];
  /** Builds the auth headers from the variables' values. */
  headers: (values: Record<string, string>) => Record<string, string>;
}

export interface ApiDefinition {
  /** Toolset name and tool-name prefix: copper, copilot, tawkto, dailybot. */
  id: string;
  title: string;
  baseUrl: { env: string; default: string };
  /** `N/<seconds>s`, a rolling window. Extra buckets (e.g. Copper bulk) are named and chained in front. */
  rateLimit: { env: string; default: string; buckets?: Record<string, string> };
  /** Alternatives in order of preference; the first whose variables are all set is used. */
  credentials: CredentialOption[];
  /** Headers sent on every request besides auth. */
  headers?: Record<string, string>;
  pagination: PaginationSpec;
  /** How to read an upstream error body and what an agent should do per status. */
  errors: {
    /** Fields that may hold the human message, in order of preference. */
    messageFields: string[];
    /** Field holding a machine code, when the API has one. */
    codeField?: string;
    /** A 2xx body whose `okField` is false is an error (tawk.to). */
    okField?: string;
    /** What to do, per HTTP status, in this API's own words (seed status tables). */
    hints?: Record<number, string>;
  };
  /**
   * Top-level fields of each resource's records as the API returns them: `fields` projection is
   * validated against them (an unknown name is refused with the nearest known one), and the sandbox
   * seed is checked to use no others.
   */
  records?: Record<string, string[]>;
  /** A single-record response wrapped in this field is unwrapped (tawk.to `data`). */
  recordField?: string;
  /** Documented wait after a 429 without Retry-After (Copilot: one second); a floor, jitter only lengthens it. */
  retryAfterDefaultMs?: number;
  /** Loads the sandbox (seed data and hand-written special routes) on first use only. */
  sandbox: () => Promise<SandboxDefinition>;
}

export interface ToolDeclaration {
  /** `<api>_<verb>_<object>`, snake_case, ≤ 64 characters, stable. */
  name: string;
  title: string;
  /** What it does, what it changes, what it returns. No filler. */
  description: string;
  method: HttpMethod;
  /** Relative to the API's base URL; `{name}` segments are filled from the argument of that name. */
  path: string;
  /** The record type it acts on (person, company, client, chat, …): the unit of access policy. */
  resource: string;
  access: Access;
  /** Flat zod object: path parameters, query and body fields side by side. */
  input: z.ZodObject<z.ZodRawShape>;
  /**
   * A list/search tool. `true` uses the API's pagination; an object overrides parts of it
   * (e.g. `{ style: 'none' }` for an endpoint that returns everything at once).
   */
  list?: true | Partial<PaginationSpec>;
  /** Argument names sent as query parameters although the method carries a body. */
  query?: string[];
  /**
   * Another path for the same operation, tried once when the first answers 404 or 405 — only for calls
   * safe to repeat. For an endpoint whose sources disagree on the route (DailyBot's webhook unsubscribe).
   */
  fallbackPath?: string;
  /** Argument names sent in a JSON body although the method is GET or DELETE (DailyBot's webhook unsubscribe). */
  body?: string[];
  /**
   * Body fields the upstream wants derived from others: each named field is sent as the concatenation of
   * the listed array arguments that are present (DailyBot kudos `receivers` beside the typed lists).
   */
  concat?: Record<string, string[]>;
  /** Wrap the body fields under this key (`{ details: {...} }`). */
  bodyKey?: string;
  /** Extra rate-limit bucket this call also draws from (e.g. Copper `bulk`). */
  bucket?: string;
  /**
   * Safe to repeat after a failure that may have reached the server. Defaults: reads, PUT and DELETE
   * yes; everything else (creates, sends, converts) no.
   */
  idempotent?: boolean;
  /**
   * The result carries text written outside the organisation (visitors' chat messages, clients'
   * replies…): say whose, e.g. 'chat messages from website visitors'. Such results are labelled as
   * untrusted data for the agent.
   */
  untrusted?: string;
  /**
   * A list/search tool's filter arguments and what each means, by argument name — or by a dotted
   * path into an object argument (`filters.status`). The emulator
   * filters by it, the listed schema says it (a short suffix on the field's description), and a test
   * walks every filter. Every optional argument of a list tool is a filter, the sort, or paging.
   */
  filters?: Record<string, FilterSpec>;
  /** How the list is ordered when asked (the emulator sorts by it). */
  sort?: SortSpec;
  /**
   * Top-level fields of the items a list returns (for `fields` projection and its validation);
   * default: the API's `records[resource]`.
   */
  itemFields?: string[];
  /** Tells the emulator what to do when the verb and path do not say it (see src/sandbox). */
  sandbox?: { op?: SandboxOp; collection?: string; idArg?: string };
}

/**
 * How a filter argument selects records.
 * - equals: the field equals the value (strings ignore case unless caseSensitive); an array field: any element does.
 * - any: the value is a non-empty list; the field (or any element of it) equals one of its entries.
 * - all: the value is a non-empty list; the field (an array) holds every entry.
 * - contains / prefix: the field (or any element) contains / starts with the text, ignoring case.
 * - min / max: the field is at least / at most the value, inclusive. Numbers compare as numbers;
 *   times (Unix seconds or milliseconds, ISO dates) as instants; a date-only `max` covers its whole day.
 * - present: true keeps records where the field is set and non-empty, false those where it is not.
 * - include: widens: records whose field is true are left out unless the argument is true (Copilot
 *   `includeRead`, archived records).
 * - shape: changes what each item holds, not which items come back (the emulator does not filter by it).
 */
export type FilterMatch = 'equals' | 'any' | 'all' | 'contains' | 'prefix' | 'min' | 'max' | 'present' | 'include' | 'shape';

export interface FilterSpec {
  match: FilterMatch;
  /**
   * The record field tested, a dotted path; arrays on the way are searched element-wise
   * (`emails.email`). Several fields: a record matches when any of them does (free-text queries).
   * Default: the argument's own name.
   */
  field?: string | string[];
  /**
   * The field tested depends on another argument's value (tawk.to `dateType`: cso → createdOn, cuo →
   * updatedOn); `field` is used when that argument is absent.
   */
  fieldFrom?: { arg: string; fields: Record<string, string> };
  /** Argument values → the record values they stand for (Copper opportunity `status_ids` 0–3 → status names). */
  values?: Record<string, string | number | boolean>;
  /** A value that means "has none" (Copper's -2 in id lists): matches records whose field is empty. */
  none?: number | string;
  /** What the upstream assumes when the argument is absent (`today`: the current UTC day, for min/max). */
  default?: 'today' | string | number | boolean;
  /** String comparison respects case (default: it ignores case). */
  caseSensitive?: boolean;
}

export interface SortSpec {
  /** The argument that names the order. */
  arg: string;
  /**
   * Its values → the record field (dotted path) and whether that order is descending. Absent: the
   * value is itself the field name.
   */
  values?: Record<string, string | { field: string; desc?: boolean }>;
  /** An argument holding `asc` | `desc` (Copper `sort_direction`). */
  directionArg?: string;
  /** The sort argument is an object (`{field, order}`): which of its keys holds each part. */
  objectKeys?: { field: string; direction: string };
}

export type SandboxOp = 'list' | 'search' | 'get' | 'create' | 'update' | 'delete' | 'singleton';

/** A request as the emulator hands it to a special route. */
export interface SandboxRequest {
  method: string;
  /** The full URL as the client sent it (base path included): links to further pages are built from it. */
  url: string;
  path: string;
  params: Record<string, string>;
  query: Record<string, string>;
  body: any;
  args: Record<string, unknown>;
}

export interface SandboxStore {
  collection(name: string): any[];
  singleton(name: string): any;
  nextId(): number | string;
}

export type SandboxResult = { status: number; body: unknown; headers?: Record<string, string> };

export interface SandboxDefinition {
  /** Seed data: collection name → records; a non-array value is a singleton (account, me). */
  seed: Record<string, unknown>;
  /** Record ids are integers or strings. */
  idType: 'int' | 'string';
  /** The field holding a record's id (default `id`; DailyBot `uuid`). */
  idField?: string;
  /** A new string id: the API's own format (default `<api>_<base36 counter>`). */
  newId?: (seq: number, collection: string) => string;
  /** The timestamp fields a created record gets and updates refresh, and their format: `unix` seconds (Copper) or `iso` strings. */
  timestamps: { created: string; modified: string; format: 'unix' | 'iso' };
  /** The API's error body for a status and message. */
  errorBody: (status: number, message: string, code: string) => unknown;
  /** A successful single-record body (tawk.to wraps in `{ok, data}`). */
  recordBody?: (record: unknown) => unknown;
  /** A list page's envelope, when the API adds more than the pagination fields (tawk.to `ok`). */
  listBody?: (page: Record<string, unknown>) => unknown;
  /** The body a generic delete answers with (undefined: an empty 204). */
  deletedBody: (record: any) => unknown;
  /** Hand-written routes for what the generic store cannot do, keyed by tool name. */
  routes?: Record<string, SandboxRoute>;
  /** Arguments for calling a list tool that has required ones, so tests can walk every list's filters. */
  examples?: Record<string, Record<string, unknown>>;
}

/** A hand-written emulator route: the request, the store, and the emulator's shared helpers. */
export type SandboxRoute = (req: SandboxRequest, store: SandboxStore, kit: SandboxKit) => SandboxResult;

/** What every hand-written route needs, said once by the emulator in the API's own formats. */
export interface SandboxKit {
  /** The API's error body with this status. */
  error(status: number, message: string, code?: string): SandboxResult;
  /** 404 in the API's format, naming what was not found. */
  notFound(what: string): SandboxResult;
  /** A record in the API's single-record envelope, with status 200 unless another is given (201, 202). */
  ok(record: unknown, status?: number): SandboxResult;
  /** One page of `items` in the API's list envelope, honouring the request's paging arguments. */
  page(items: unknown[]): SandboxResult;
  /** The declaration's filters and sort applied to `records` (what the generic list does). */
  filter(records: any[]): any[];
  /** A record of a collection by id (the API's id field, or `field`), or undefined. */
  find(collection: string, id: unknown, field?: string): any;
  /**
   * A new record with an id and the API's timestamps, added to the collection and returned; `idField`
   * names where its id goes when the collection keys records differently, `timestamps: false` adds none.
   */
  create(collection: string, fields: Record<string, unknown>, opts?: { idField?: string; timestamps?: boolean }): any;
  /** The current time in the API's timestamp format. */
  now(): number | string;
}

/** Identity helpers that give declarations their types. */
export const defineTool = (d: ToolDeclaration): ToolDeclaration => d;
export const defineApi = (d: ApiDefinition): ApiDefinition => d;
