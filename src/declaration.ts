// The declaration format: what tools/<api>/ files are written in. Everything here is data the
// machinery in src/ reads; an endpoint is added by adding one ToolDeclaration, an API by adding one
// ApiDefinition. Functions appear only where an API's wire format cannot be said as data (auth
// header construction, the shape of an emulated error body).
import type { z } from 'zod';

export type Access = 'read' | 'write' | 'destructive';
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** How a list endpoint pages. Read by the executor (walking, continuation) and the emulator (serving). */
export interface PaginationSpec {
  /** page: page number + size; offset: row offset + size; cursor: opaque token + size; none: one call returns all. */
  style: 'page' | 'offset' | 'cursor' | 'none';
  /** Where the paging arguments travel. */
  in: 'query' | 'body';
  /** page style: the page-number argument and the number of the first page. */
  pageParam?: string;
  firstPage?: 0 | 1;
  /** offset style: the offset argument. */
  offsetParam?: string;
  /** cursor style: the request argument and the response field carrying the next token. */
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
  /** Tells the emulator what to do when the verb and path do not say it (see src/sandbox). */
  sandbox?: { op?: SandboxOp; collection?: string; idArg?: string; route?: string };
}

export type SandboxOp = 'list' | 'search' | 'get' | 'create' | 'update' | 'delete' | 'singleton' | 'custom';

/** A request as the emulator hands it to a special route. */
export interface SandboxRequest {
  method: string;
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
  /** The API's error body for a status and message. */
  errorBody: (status: number, message: string, code: string) => unknown;
  /** A successful single-record body (tawk.to wraps in `{ok, data}`). */
  recordBody?: (record: unknown) => unknown;
  /** A list page's envelope, when the API adds more than the pagination fields (tawk.to `ok`). */
  listBody?: (page: Record<string, unknown>) => unknown;
  /** The body a generic delete answers with; default `{id, is_deleted: true}`. */
  deletedBody?: (record: any) => unknown;
  /** Hand-written routes for what the generic store cannot do, keyed by tool name. */
  routes?: Record<string, (req: SandboxRequest, store: SandboxStore) => SandboxResult>;
}

/** Identity helpers that give declarations their types. */
export const defineTool = (d: ToolDeclaration): ToolDeclaration => d;
export const defineApi = (d: ApiDefinition): ApiDefinition => d;
