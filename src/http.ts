// HTTP transport (design.md, Transports): the wiring of one node:http server. Its parts live beside
// it in src/http/ (guard, narrowing headers, sessions, legacy SSE).
//   /mcp       Streamable HTTP. 2026-07-28 requests: createMcpHandler, per request, no session.
//              2025-era requests: a session per client (Mcp-Session-Id, DELETE ends it, idle ones
//              expire, the least recently used idle one is evicted at SWITCHBOARD_MAX_SESSIONS), or
//              per request too with --stateless.
//   /sse       the frozen HTTP+SSE transport (GET /sse + POST /messages?sessionId=) for old clients.
//   /healthz   liveness; no token, Host still checked.
// In front of every route: Host and Origin checks (DNS rebinding, 403). In front of every MCP route:
// the bearer token (401), Content-Type (415), body size (413) and nesting (400) limits and the
// narrowing headers (400 on an unknown name or a repeated header). Tools, schemas and the executor
// are prepared once in createApp; a request or a session only binds them to a fresh SDK Server
// (app.factory), narrowed by its X-MCP-* headers.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server as HttpServer, type ServerResponse } from 'node:http';
import { isIP } from 'node:net';
import {
  bearerAuthChallengeResponse,
  createMcpHandler,
  isInitializeRequest,
  isLegacyRequest,
  verifyBearerToken,
  type AuthInfo,
} from '@modelcontextprotocol/server';
import {
  hostHeaderValidation,
  NodeStreamableHTTPServerTransport,
  originValidation,
  toNodeHandler,
  toWebRequest,
} from '@modelcontextprotocol/node';
import type { App } from './app.js';
import { ConfigError, type Settings } from './config.js';
import { ServerStopping } from './executor.js';
import { log } from './log.js';
import { callScope, type Narrowing } from './server.js';
import {
  agentOf,
  agentVerifier,
  allowedHostnames,
  checkHttpSettings,
  closeAfterRefusal,
  isWildcard,
  NO_BODY,
  readJson,
  SERVER_TIMEOUTS,
  stripBrackets,
  tokenVerifier,
} from './http/guard.js';
import { knownNames, narrowingFromHeaders, nodeHeader, refuseRepeatedNarrowing } from './http/narrowing.js';
import { HttpError, rpcError, sendJson, sendResponse } from './http/respond.js';
import { SessionStore, type StreamableSession } from './http/sessions.js';
import { sseAdapter } from './http/sse.js';

export { allowedHostnames, checkHttpSettings, isLoopback } from './http/guard.js';
export { NARROWING_HEADERS, narrowingFromHeaders } from './http/narrowing.js';

export interface HttpServerHandle {
  /** The Streamable HTTP endpoint, e.g. http://127.0.0.1:3000/mcp. */
  url: string;
  /** Scheme, host and port, e.g. http://127.0.0.1:3000 (the SSE endpoint is origin + /sse). */
  origin: string;
  port: number;
  server: HttpServer;
  /**
   * Answers new requests 503 (still listening), lets in-flight calls finish up to the grace period,
   * cuts off the rest with a "server is stopping" result, then closes every session and the listener.
   */
  close(): Promise<void>;
  /** Open 2025-era sessions (Streamable HTTP and legacy SSE) and POSTs in progress. */
  stats(): { sessions: number; sseSessions: number; inflight: number };
}

export interface HttpOptions {
  /** How long close() waits for in-flight calls before cutting them off. Default 10 s. */
  shutdownGraceMs?: number;
  /** Where transport errors are reported; default stderr. */
  onLog?: (message: string) => void;
}

/** How long calls cut off at the end of the grace period get to send their "stopping" answers. */
const CUT_OFF_ANSWER_MS = 2_000;

/**
 * A signal for the calls of one request: it fires when the server stops (the grace period ended) or
 * the response closes before it was complete (the client went away). The link to `stopping` ends
 * with the response, so the server-wide signal gathers no listeners over time.
 */
function requestSignal(stopping: AbortSignal, res: ServerResponse): AbortSignal {
  const request = new AbortController();
  const stop = () => request.abort(stopping.reason);
  stopping.addEventListener('abort', stop, { once: true });
  res.once('close', () => {
    stopping.removeEventListener('abort', stop);
    if (!res.writableFinished) request.abort(new Error('the client closed its request'));
  });
  return request.signal;
}

export async function startHttpServer(app: App, settings: Settings, opts: HttpOptions = {}): Promise<HttpServerHandle> {
  checkHttpSettings(settings, app.catalog.policy.agents.length > 0);
  const report = opts.onLog ?? ((m: string) => log(m));
  const onerror = (e: Error) => report(`http: ${e.message}`);
  const maxBodyBytes = settings.maxBodyBytes;
  const hostnames = allowedHostnames(settings);
  const checkHost = hostHeaderValidation(hostnames);
  const checkOrigin = originValidation(hostnames);
  const policy = app.catalog.policy;
  const verifier = policy.agents.length ? agentVerifier(policy) : settings.httpToken ? tokenVerifier(settings.httpToken) : undefined;
  const names = knownNames(app.catalog);
  const narrowingOf = (get: (name: string) => string | null | undefined) => narrowingFromHeaders(get, policy, names);
  const readBody = (req: IncomingMessage, res: ServerResponse) => readJson(req, res, maxBodyBytes);

  // Fired when the shutdown grace period ends: calls still running are cut off with a result that says so.
  const stopping = new AbortController();
  /** Runs the SDK's handling of a request with the signal its calls combine into their own (server.ts). */
  const inScope = <T>(signal: AbortSignal, fn: () => Promise<T>) => callScope.run({ signals: [signal] }, fn);
  const inRequestScope = <T>(res: ServerResponse, fn: () => Promise<T>) => inScope(requestSignal(stopping.signal, res), fn);

  // The only per-request work: bind the prepared catalog to a fresh server, narrowed by headers
  // that were validated before the request got here.
  const bind = (narrowing: Narrowing) => app.factory({ narrowing });
  const modern = createMcpHandler(
    (ctx) => {
      if (!ctx.requestInfo) throw new Error('no request to read narrowing headers from');
      return bind({ ...narrowingOf((n) => ctx.requestInfo!.headers.get(n)), agent: agentOf(ctx.authInfo) });
    },
    { legacy: settings.stateless ? 'stateless' : 'reject', maxRequestBodySize: maxBodyBytes, onerror },
  );
  const modernNode = toNodeHandler(modern, { maxRequestBodySize: maxBodyBytes, onerror });
  const servePerRequest = (req: IncomingMessage, res: ServerResponse, body?: unknown) =>
    inRequestScope(res, () => modernNode(req, res, body));

  const store = new SessionStore(settings.maxSessions, settings.sessionIdleSeconds * 1000);
  const full = (res: ServerResponse) =>
    sendJson(
      res,
      503,
      rpcError(
        -32000,
        `Too many sessions: all ${settings.maxSessions} (SWITCHBOARD_MAX_SESSIONS) have a request in progress, so none could be ended to make room; retry shortly, and end unused sessions with DELETE`,
      ),
      { 'retry-after': '5' },
    );
  const sse = sseAdapter({ store, bind, readJson: readBody, inScope, stopping: stopping.signal, full, onerror });
  let inflight = 0;
  let closing = false;

  /** The verified caller (null when no token is configured); false after answering 401. */
  async function authorized(req: IncomingMessage, res: ServerResponse): Promise<AuthInfo | null | false> {
    if (!verifier) return null;
    try {
      const auth = await verifyBearerToken(req.headers.authorization, { verifier });
      // Passed on to the SDK's handler as the request's authInfo (the modern leg's factory reads the agent there).
      (req as IncomingMessage & { auth?: AuthInfo }).auth = auth;
      return auth;
    } catch (e) {
      await sendResponse(res, bearerAuthChallengeResponse(e));
      return false;
    }
  }

  /** 2025-era Streamable HTTP with sessions: the store keyed by Mcp-Session-Id (the SDK's sessions recipe). */
  async function legacySession(req: IncomingMessage, res: ServerResponse, body: unknown, narrowing: Narrowing): Promise<void> {
    const sid = nodeHeader(req)('mcp-session-id');
    if (sid) {
      const session = store.streamable.get(sid);
      if (!session || session.agent !== narrowing.agent)
        return sendJson(res, 404, rpcError(-32001, 'Session not found: it ended or expired; start a new one with initialize'));
      store.hold(store.streamable, sid, session, req, res);
      return inRequestScope(res, () => session.transport.handleRequest(req, res, body));
    }
    const initialize =
      req.method === 'POST' && (isInitializeRequest(body) || (Array.isArray(body) && body.some((m) => isInitializeRequest(m))));
    if (!initialize) return sendJson(res, 400, rpcError(-32000, 'Bad Request: Mcp-Session-Id header is required (initialize first)'));
    if (!store.makeRoom()) return full(res);
    // The initialize request's headers fix the session's narrowing for its whole life.
    const id = randomUUID();
    const session: StreamableSession = {
      server: bind(narrowing),
      lastSeen: Date.now(),
      active: 0,
      posts: 0,
      agent: narrowing.agent,
      transport: new NodeStreamableHTTPServerTransport({ sessionIdGenerator: () => id }),
    };
    // The slot is taken before the initialize is answered, so concurrent initializes cannot pass the
    // cap; an initialize that fails gives it back.
    store.streamable.set(id, session);
    res.once('close', () => {
      if (session.transport.sessionId === undefined) store.end(store.streamable, id, session);
    });
    session.transport.onclose = () => {
      if (store.streamable.get(id) === session) store.streamable.delete(id);
    };
    session.transport.onerror = onerror;
    store.hold(store.streamable, id, session, req, res);
    await session.server.connect(session.transport);
    await inRequestScope(res, () => session.transport.handleRequest(req, res, body));
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    closeAfterRefusal(req, res);
    if (!checkHost(req, res) || !checkOrigin(req, res)) return; // 403 already sent
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/healthz') {
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { error: 'Method not allowed' }, { allow: 'GET, HEAD' });
      return sendJson(res, closing ? 503 : 200, { status: closing ? 'shutting down' : 'ok' });
    }
    if (url.pathname !== '/mcp' && url.pathname !== '/sse' && url.pathname !== '/messages')
      return sendJson(res, 404, { error: 'Not found: the MCP endpoint is /mcp (legacy SSE: /sse)' });
    if (closing) return sendJson(res, 503, rpcError(-32000, 'Server is shutting down'), { connection: 'close' });
    const auth = await authorized(req, res);
    if (auth === false) return;
    refuseRepeatedNarrowing(req);
    const narrowing: Narrowing = { ...narrowingOf(nodeHeader(req)), agent: agentOf(auth ?? undefined) };
    if (req.method === 'POST') {
      inflight++;
      res.once('close', () => {
        inflight--;
      });
    }
    if (url.pathname !== '/mcp') return sse(req, res, url, narrowing);

    if (req.method !== 'POST' && req.method !== 'GET' && req.method !== 'DELETE')
      return sendJson(res, 405, rpcError(-32000, 'Method not allowed'), { allow: 'GET, POST, DELETE' });
    // Stateless: the SDK's own handler serves both eras per request (2025 GET/DELETE answer 405).
    if (req.method !== 'POST') return settings.stateless ? servePerRequest(req, res) : legacySession(req, res, undefined, narrowing);
    const body = await readBody(req, res);
    if (body === NO_BODY) return;
    if (settings.stateless) return servePerRequest(req, res, body);
    const legacy = await isLegacyRequest(await toWebRequest(req, body), body, { maxRequestBodySize: maxBodyBytes });
    return legacy ? legacySession(req, res, body, narrowing) : servePerRequest(req, res, body);
  }

  const server = createServer({ ...SERVER_TIMEOUTS }, (req, res) => {
    handle(req, res).catch((e) => {
      if (e instanceof HttpError) return sendJson(res, e.status, rpcError(e.code, e.message));
      onerror(e as Error);
      sendJson(res, 500, rpcError(-32603, 'Internal error'));
    });
  });
  server.keepAliveTimeout = SERVER_TIMEOUTS.keepAliveTimeout;
  // Past this many open sockets new connections are dropped on accept, before any file descriptors
  // the upstream pools and the audit log need run out.
  server.maxConnections = settings.maxConnections;

  await new Promise<void>((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) =>
      reject(
        e.code === 'EADDRINUSE' || e.code === 'EACCES' || e.code === 'EADDRNOTAVAIL'
          ? new ConfigError(`cannot listen on ${settings.host}:${settings.port} (${e.code}); choose another --host/--port`)
          : e,
      ),
    );
    server.listen(settings.port, settings.host, () => resolve());
  });
  server.on('error', onerror);
  const port = (server.address() as { port: number }).port;
  const host = isWildcard(settings.host)
    ? '127.0.0.1'
    : isIP(stripBrackets(settings.host)) === 6
      ? `[${stripBrackets(settings.host)}]`
      : settings.host;
  const origin = `http://${host}:${port}`;

  const pendingSse = () => [...store.sse.values()].reduce((n, s) => n + s.pending.size, 0);
  const busy = () => inflight > 0 || pendingSse() > 0;
  const waitWhileBusy = async (until: number) => {
    while (busy() && Date.now() < until) await new Promise((r) => setTimeout(r, 25));
  };

  let closed: Promise<void> | undefined;
  const close = () =>
    (closed ??= (async () => {
      // Still listening: a request during the grace period gets 503 rather than a refused connection.
      closing = true;
      server.closeIdleConnections();
      await waitWhileBusy(Date.now() + (opts.shutdownGraceMs ?? 10_000));
      if (busy()) {
        report(`shutdown: grace period over, cutting off ${inflight + pendingSse()} call(s) in flight`);
        stopping.abort(new ServerStopping());
        await waitWhileBusy(Date.now() + CUT_OFF_ANSWER_MS);
      }
      await Promise.allSettled([store.closeAll(), modern.close()]);
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await stopped;
    })());

  const stats = () => ({ sessions: store.streamable.size, sseSessions: store.sse.size, inflight });
  return { url: `${origin}/mcp`, origin, port, server, close, stats };
}

/** The CLI's HTTP mode: listen, log to stderr, shut down gracefully on SIGTERM/SIGINT. */
export async function serveHttp(app: App, settings: Settings): Promise<void> {
  const handle = await startHttpServer(app, settings, { shutdownGraceMs: settings.shutdownGraceSeconds * 1000 });
  const era2025 = settings.stateless ? '2025-era clients per request (stateless)' : '2025-era clients in sessions';
  log(
    `HTTP transport listening on ${handle.url} (${era2025}; legacy SSE at ${handle.origin}/sse)${settings.httpToken ? '; bearer token required' : ''}`,
  );
  const stop = (signal: string) => {
    log(`${signal}: finishing in-flight calls, then exiting`);
    void handle
      .close()
      .then(() => app.catalog.close())
      .then(
        () => process.exit(0),
        (e) => {
          log(`shutdown error: ${(e as Error).message}`);
          process.exit(1);
        },
      );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}
