// A generic API emulator on loopback HTTP, driven by the same declarations the tools use: each
// declaration's method + path is a route, its verb (list/search/get/create/update/delete) picks the
// store operation, and the API's definition supplies auth, pagination envelope and error bodies.
// Only what is special is hand-written (tools/<api>/sandbox.ts `routes`).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type {
  ApiDefinition,
  PaginationSpec,
  SandboxDefinition,
  SandboxKit,
  SandboxOp,
  SandboxRequest,
  SandboxResult,
  SandboxStore,
  ToolDeclaration,
} from '../declaration.js';
import { applyListSemantics } from './filter.js';
import { parseRate } from '../config.js';
import { setField } from '../pagination.js';

export interface RecordedRequest {
  tool?: string;
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  at: number;
  status?: number;
}

/** A scripted failure for tests: answer matching requests this way `times` times. */
export interface Fault {
  tool?: string;
  method?: string;
  times?: number;
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  /**
   * reset: destroy the socket; cut: send headers and half a body, then reset; html: an HTML error page; malformed: broken JSON; hang: never answer; drip: send slowly; huge: a body of `bytes`;
   * echo: answer `status` (default 200) with the request's headers as `name: value` lines, as `echoAs` says.
   */
  mode?: 'reset' | 'cut' | 'html' | 'malformed' | 'hang' | 'drip' | 'huge' | 'echo';
  /**
   * How `echo` answers (a hostile or careless upstream): text (default; text/plain), upper (the same text in capitals), base64 (the text in base64,
   * text/plain), json-escaped (a JSON error body whose `message` and `error` hold the text with every character as a \u escape).
   */
  echoAs?: 'text' | 'upper' | 'base64' | 'json-escaped';
  bytes?: number;
  delayMs?: number;
  /** Answer `status` (default 200) with this body as-is under this content type (a file download, a text error page). */
  raw?: { contentType: string; body: string; status?: number };
}

export interface EmulatorOptions {
  /** Credential values the emulator accepts (the API's own auth headers are derived from them). */
  credentials: Record<string, string>;
  /** Sliding-window limit counted on arrival, e.g. "180/60s"; default the API's documented limit. */
  rateLimit?: string;
  /** Seed data override (tests); default the sandbox definition's seed. */
  seed?: Record<string, unknown>;
  /** A path prefix to serve under, like the real API's version prefix (`/developer_api/v1`). */
  basePath?: string;
}

type Route = { decl: ToolDeclaration; re: RegExp; params: string[]; op?: SandboxOp; collection: string; pagination?: PaginationSpec };

const clone = <T>(v: T): T => structuredClone(v);

export function inferOp(d: ToolDeclaration, params: string[]): SandboxOp | undefined {
  if (d.sandbox?.op) return d.sandbox.op;
  const verb = d.name.split('_')[1];
  if (verb === 'search') return 'search';
  if (verb === 'list') return 'list';
  if (verb === 'get' || verb === 'fetch') return params.length || hasIdArg(d) ? 'get' : 'singleton';
  if (verb === 'create' || verb === 'add' || verb === 'send') return 'create';
  if (verb === 'update' || verb === 'replace' || verb === 'edit') return 'update';
  if (verb === 'delete' || verb === 'remove') return 'delete';
  return undefined; // needs a hand-written route
}

const hasIdArg = (d: ToolDeclaration) => d.sandbox?.idArg !== undefined || 'id' in d.input.shape;

export class Emulator {
  readonly requests: RecordedRequest[] = [];
  readonly faults: Fault[] = [];
  private server?: Server;
  private url?: Promise<string>;
  private data = new Map<string, unknown>();
  private seq = 1000;
  private arrivals: number[] = [];
  private rate: { max: number; windowMs: number };
  private routes: Route[];
  private readonly expectedAuth: Record<string, string>[];
  readonly store: SandboxStore;

  constructor(
    readonly api: ApiDefinition,
    tools: ToolDeclaration[],
    readonly def: SandboxDefinition,
    private readonly opts: EmulatorOptions,
  ) {
    this.rate = parseRate('emulator rate limit', opts.rateLimit ?? api.rateLimit.default);
    this.expectedAuth = api.credentials
      .filter((o) => o.env.every((n) => opts.credentials[n] !== undefined))
      .map((o) => o.headers(opts.credentials));
    // A declaration's fallback path is served too, as the same operation.
    const paths = tools.flatMap((decl) => [decl.path, ...(decl.fallbackPath ? [decl.fallbackPath] : [])].map((path) => ({ decl, path })));
    this.routes = paths.map(({ decl, path }) => {
      const params: string[] = [];
      const re = new RegExp(
        `^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_, n) => {
          params.push(n);
          return '([^/]+)';
        })}$`,
      );
      const pagination = decl.list ? { ...api.pagination, ...(decl.list === true ? {} : decl.list) } : undefined;
      return { decl, re, params, op: inferOp(decl, params), collection: decl.sandbox?.collection ?? decl.resource, pagination };
    });
    for (const [k, v] of Object.entries(clone(opts.seed ?? def.seed))) this.data.set(k, v);
    // New ids continue after the largest seeded one, so a created record never shadows a seeded one.
    for (const v of this.data.values())
      for (const r of Array.isArray(v) ? v : []) if (typeof r?.[this.idField] === 'number') this.seq = Math.max(this.seq, r[this.idField]);
    this.store = {
      collection: (name) => {
        if (!Array.isArray(this.data.get(name))) this.data.set(name, []);
        return this.data.get(name) as any[];
      },
      singleton: (name) => this.data.get(name),
      nextId: () => this.newId(''),
    };
  }

  private get idField() {
    return this.def.idField ?? 'id';
  }

  private newId(collection: string): number | string {
    const seq = ++this.seq;
    if (this.def.idType === 'int') return seq;
    return this.def.newId ? this.def.newId(seq, collection) : `${this.api.id.slice(0, 4)}_${seq.toString(36)}`;
  }

  /** The current time in the API's timestamp format. */
  private now(): number | string {
    return this.def.timestamps.format === 'iso' ? new Date().toISOString() : Math.floor(Date.now() / 1000);
  }

  /** The helpers hand-written routes share, bound to one request. */
  private kit(route: Route, req: SandboxRequest): SandboxKit {
    const def = this.def;
    const ts = def.timestamps;
    const error = (
      status: number,
      message: string,
      code = status === 404 ? 'not_found' : status === 400 ? 'bad_request' : 'error',
    ): SandboxResult => ({ status, body: def.errorBody(status, message, code) });
    return {
      error,
      notFound: (what) => error(404, `${what} not found`, 'not_found'),
      ok: (record, status = 200) => ({ status, body: def.recordBody ? def.recordBody(record) : record }),
      page: (items) => this.page(route, req, items),
      filter: (records) => applyListSemantics(route.decl, records, req.args),
      find: (collection, id, field = this.idField) => this.store.collection(collection).find((r) => String(r[field]) === String(id)),
      create: (collection, fields, opts = {}) => {
        const stamp = this.now();
        const stamps = opts.timestamps === false ? {} : { [ts.created]: stamp, [ts.modified]: stamp };
        const record = { [opts.idField ?? this.idField]: this.newId(collection), ...fields, ...stamps };
        this.store.collection(collection).push(record);
        return record;
      },
      now: () => this.now(),
    };
  }

  /** Starts listening on first call; later calls share the same server. */
  start(): Promise<string> {
    this.url ??= new Promise((resolve, reject) => {
      this.server = createServer((req, res) => void this.handle(req, res));
      this.server.keepAliveTimeout = 5000;
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => {
        this.server!.unref(); // a sandbox emulator never keeps the process alive by itself
        resolve(`http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`);
      });
    });
    return this.url;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server!.close(() => r()));
    this.server = undefined;
    this.url = undefined;
  }

  setRateLimit(spec: string) {
    this.rate = parseRate('emulator rate limit', spec);
    this.arrivals = [];
  }

  /** Requests that reached a route, optionally for one tool. */
  calls(tool?: string) {
    return this.requests.filter((r) => tool === undefined || r.tool === tool);
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://emulator');
    const prefix = this.opts.basePath ?? '';
    if (prefix && url.pathname.startsWith(prefix)) url.pathname = url.pathname.slice(prefix.length) || '/';
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const rec: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      body: undefined,
      at: Date.now(),
    };
    this.requests.push(rec);
    const send = (r: SandboxResult) => {
      rec.status = r.status;
      const text = r.body === undefined ? '' : JSON.stringify(r.body);
      res.writeHead(r.status, { 'content-type': 'application/json', ...(r.headers ?? {}) });
      res.end(text);
    };
    const fail = (status: number, message: string, code: string, headers?: Record<string, string>) =>
      send({ status, body: this.def.errorBody(status, message, code), headers });

    const route = this.routes.find((r) => r.decl.method === req.method && r.re.test(url.pathname));
    if (!route) return fail(404, `No route ${req.method} ${url.pathname}`, 'not_found');
    rec.tool = route.decl.name;

    // Auth: the API's real headers, derived from the accepted credentials.
    const ok = this.expectedAuth.some((h) => Object.entries(h).every(([k, v]) => req.headers[k.toLowerCase()] === v));
    if (!ok) return fail(401, 'Invalid or missing API credentials', 'unauthorized');

    // Rate limit: a sliding window counted on arrival.
    const now = Date.now();
    this.arrivals = this.arrivals.filter((t) => t > now - this.rate.windowMs);
    if (this.arrivals.length >= this.rate.max) {
      const wait = Math.max(1, Math.ceil((this.arrivals[0] + this.rate.windowMs - now) / 1000));
      return fail(429, 'Rate limit exceeded', 'rate_limited', { 'retry-after': String(wait) });
    }
    this.arrivals.push(now);

    let body: any;
    if (raw) {
      try {
        body = JSON.parse(raw);
      } catch {
        return fail(400, 'Body is not valid JSON', 'bad_request');
      }
    }
    rec.body = body;

    const fault = this.faults.find((f) => (!f.tool || f.tool === route.decl.name) && (!f.method || f.method === req.method));
    if (fault) {
      if (fault.times !== undefined && --fault.times <= 0) this.faults.splice(this.faults.indexOf(fault), 1);
      if (await this.injectFault(fault, req, res, rec, fail)) return;
    }

    const m = route.re.exec(url.pathname)!;
    const params = Object.fromEntries(route.params.map((n, i) => [n, decodeURIComponent(m[i + 1])]));
    const unwrapped = route.decl.bodyKey && body && typeof body === 'object' ? (body[route.decl.bodyKey] ?? {}) : body;
    const args: Record<string, unknown> = { ...rec.query, ...(unwrapped && typeof unwrapped === 'object' ? unwrapped : {}), ...params };
    const sreq: SandboxRequest = {
      method: req.method!,
      url: `http://${req.headers.host ?? '127.0.0.1'}${req.url ?? '/'}`,
      path: url.pathname,
      params,
      query: rec.query,
      body,
      args,
    };
    try {
      send(this.dispatch(route, sreq));
    } catch (e) {
      fail(500, `emulator error: ${(e as Error).message}`, 'internal');
    }
  }

  private async injectFault(
    f: Fault,
    req: IncomingMessage,
    res: ServerResponse,
    rec: RecordedRequest,
    fail: (s: number, m: string, c: string, h?: Record<string, string>) => void,
  ): Promise<boolean> {
    if (f.delayMs) await new Promise((r) => setTimeout(r, f.delayMs));
    if (f.raw) {
      rec.status = f.raw.status ?? 200;
      res.writeHead(rec.status, { 'content-type': f.raw.contentType, ...(f.headers ?? {}) });
      res.end(f.raw.body);
      return true;
    }
    switch (f.mode) {
      case 'reset':
        req.socket.destroy();
        return true;
      case 'cut':
        rec.status = 200;
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '4096' });
        res.write('{"id": 1, "name": "half');
        setTimeout(() => req.socket.destroy(), 20);
        return true;
      case 'hang':
        return true;
      case 'html':
        rec.status = f.status ?? 502;
        res.writeHead(rec.status, { 'content-type': 'text/html' });
        res.end('<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1><p>upstream error</p></body></html>');
        return true;
      case 'malformed':
        rec.status = f.status ?? 200;
        res.writeHead(rec.status, { 'content-type': 'application/json' });
        res.end('{"id": 1, "name": "trunc');
        return true;
      case 'huge': {
        rec.status = 200;
        res.writeHead(200, { 'content-type': 'application/json' });
        const chunk = Buffer.alloc(64 * 1024, 'a');
        let left = f.bytes ?? 50 * 1024 * 1024;
        res.write('["');
        const pump = () => {
          while (left > 0) {
            left -= chunk.length;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          res.end('"]');
        };
        res.on('error', () => {});
        req.socket.on('error', () => {});
        pump();
        return true;
      }
      case 'echo': {
        const status = f.status ?? 200;
        rec.status = status;
        const text = Object.entries(req.headers)
          .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(', ') : v}`)
          .join('\r\n');
        if (f.echoAs === 'json-escaped') {
          const escaped = `"${[...text].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}"`;
          res.writeHead(status, { 'content-type': 'application/json', ...(f.headers ?? {}) });
          res.end(`{"ok": false, "message": ${escaped}, "error": ${escaped}, "detail": ${escaped}}`);
          return true;
        }
        const out = f.echoAs === 'upper' ? text.toUpperCase() : f.echoAs === 'base64' ? Buffer.from(text).toString('base64') : text;
        res.writeHead(status, { 'content-type': 'text/plain', ...(f.headers ?? {}) });
        res.end(out);
        return true;
      }
      case 'drip': {
        rec.status = 200;
        res.writeHead(200, { 'content-type': 'application/json' });
        const timer = setInterval(() => {
          if (!res.write(' ')) return;
        }, 200);
        res.on('close', () => clearInterval(timer));
        return true;
      }
    }
    if (f.status) {
      if (f.body !== undefined) {
        rec.status = f.status;
        res.writeHead(f.status, { 'content-type': 'application/json', ...(f.headers ?? {}) });
        res.end(JSON.stringify(f.body));
      } else fail(f.status, `Injected ${f.status}`, 'injected', f.headers);
      return true;
    }
    return false;
  }

  private dispatch(route: Route, req: SandboxRequest): SandboxResult {
    const { decl, op } = route;
    const kit = this.kit(route, req);
    const special = this.def.routes?.[decl.name];
    if (special) return special(req, this.store, kit);
    const items = () => this.store.collection(route.collection);
    const idArg = decl.sandbox?.idArg ?? route.params[0] ?? 'id';
    const id = req.args[idArg];
    const what = `${decl.resource} ${id ?? ''}`.trim();
    switch (op) {
      case 'singleton': {
        const v = this.store.singleton(route.collection);
        return v === undefined ? kit.notFound(decl.resource) : kit.ok(v);
      }
      case 'get': {
        const r = kit.find(route.collection, id);
        return r ? kit.ok(r) : kit.notFound(what);
      }
      case 'list':
      case 'search':
        return kit.page(kit.filter(items()));
      case 'create':
        return kit.ok(
          kit.create(route.collection, Object.fromEntries(Object.entries(req.args).filter(([k]) => !route.params.includes(k)))),
        );
      case 'update': {
        const r = kit.find(route.collection, id);
        if (!r) return kit.notFound(what);
        for (const [k, v] of Object.entries(req.args)) if (k !== idArg) r[k] = v;
        r[this.def.timestamps.modified] = this.now();
        return kit.ok(r);
      }
      case 'delete': {
        const list = items();
        const i = list.findIndex((r) => String(r[this.idField]) === String(id));
        if (i < 0) return kit.notFound(what);
        const [gone] = list.splice(i, 1);
        const body = this.def.deletedBody(gone);
        return body === undefined ? { status: 204, body: undefined } : { status: 200, body };
      }
      default:
        return kit.error(501, `${decl.name} is not emulated`, 'not_implemented');
    }
  }

  /** Serves one page in the API's own envelope, enforcing its maximum page size. */
  private page(route: Route, req: SandboxRequest, all: any[]): SandboxResult {
    const spec = route.pagination ?? { style: 'none', in: 'query' };
    const num = (name?: string) => (name && req.args[name] !== undefined ? Number(req.args[name]) : undefined);
    let size = num(spec.sizeParam) ?? spec.defaultSize ?? all.length;
    if (spec.style !== 'none' && spec.maxSize && size > spec.maxSize)
      return { status: 400, body: this.def.errorBody(400, `${spec.sizeParam} must be at most ${spec.maxSize}`, 'bad_request') };
    if (spec.style === 'none') size = all.length;
    let start = 0;
    if (spec.style === 'page') start = ((num(spec.pageParam) ?? spec.firstPage ?? 1) - (spec.firstPage ?? 1)) * size;
    if (spec.style === 'offset') start = num(spec.offsetParam) ?? 0;
    // A link-paged API chooses its own parameters; this emulator's links carry offset and limit.
    const linkOffset = spec.offsetParam ?? 'offset';
    if (spec.style === 'link') start = num(linkOffset) ?? 0;
    if (spec.style === 'cursor') {
      const token = req.args[spec.cursorParam!];
      start = token ? Number(Buffer.from(String(token), 'base64url').toString()) || 0 : 0;
    }
    const items = all.slice(start, start + size);
    const end = start + items.length;
    const hasMore = end < all.length;
    const headers: Record<string, string> = {};
    if (spec.totalHeader) headers[spec.totalHeader] = String(all.length);
    if (!spec.itemsField) return { status: 200, body: items, headers };
    const body: Record<string, unknown> = {};
    setField(body, spec.itemsField, items);
    if (spec.totalField) setField(body, spec.totalField, all.length);
    if (spec.cursorField && spec.style === 'link') {
      const next = new URL(req.url);
      next.searchParams.set(linkOffset, String(end));
      next.searchParams.set(spec.sizeParam ?? 'limit', String(size));
      setField(body, spec.cursorField, hasMore ? next.toString() : null);
    } else if (spec.cursorField) setField(body, spec.cursorField, hasMore ? Buffer.from(String(end)).toString('base64url') : undefined);
    if (spec.endField)
      setField(
        body,
        spec.endField,
        hasMore
          ? `${req.path}?${spec.offsetParam ?? spec.pageParam}=${spec.style === 'page' ? (num(spec.pageParam) ?? spec.firstPage ?? 1) + 1 : end}&${spec.sizeParam}=${size}`
          : null,
      );
    const wrapped = this.def.listBody ? this.def.listBody(body) : body;
    return { status: 200, body: wrapped, headers };
  }
}
