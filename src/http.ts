// HTTP transport (design.md, Transports). One node:http server:
//   /mcp       Streamable HTTP. 2026-07-28 requests: createMcpHandler, per request, no session.
//              2025-era requests: a session per client (Mcp-Session-Id, DELETE ends it, idle ones
//              expire), or per request too with --stateless.
//   /sse       the frozen HTTP+SSE transport (GET /sse + POST /messages?sessionId=) for old clients.
//   /healthz   liveness; no token, Host still checked.
// In front of every route: Host and Origin checks (DNS rebinding, 403). In front of every MCP route:
// the bearer token (401), Content-Type (415), a body limit (413) and the narrowing headers (400 on an
// unknown name). Tools, schemas and the executor are prepared once in createApp; a request or a
// session only binds them to a fresh SDK Server (app.factory), narrowed by its X-MCP-* headers.
import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server as HttpServer, type ServerResponse } from 'node:http';
import { isIP } from 'node:net';
import {
  bearerAuthChallengeResponse, createMcpHandler, isInitializeRequest, isJsonContentType, isLegacyRequest,
  localhostAllowedHostnames, OAuthError, OAuthErrorCode, verifyBearerToken,
  type AuthInfo, type OAuthTokenVerifier, type Server as McpServer,
} from '@modelcontextprotocol/server';
import { hostHeaderValidation, NodeStreamableHTTPServerTransport, originValidation, toNodeHandler, toWebRequest } from '@modelcontextprotocol/node';
import { SSEServerTransport } from '@modelcontextprotocol/server-legacy/sse';
import type { App } from './app.js';
import type { Policy } from './policy.js';
import { ConfigError, type Settings } from './config.js';
import { log } from './log.js';
import type { Narrowing } from './server.js';
import { toolsets as registry } from '../tools/index.js';

export interface HttpServerHandle {
  /** The Streamable HTTP endpoint, e.g. http://127.0.0.1:3000/mcp. */
  url: string;
  /** Scheme, host and port, e.g. http://127.0.0.1:3000 (the SSE endpoint is origin + /sse). */
  origin: string;
  port: number;
  server: HttpServer;
  /** Stops accepting, lets in-flight calls finish (up to the grace period), then closes every session. */
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

// ---------------------------------------------------------------------------------------------
// Addresses

const stripBrackets = (h: string) => h.replace(/^\[(.*)\]$/, '$1');
const isWildcard = (host: string) => ['0.0.0.0', '::', ''].includes(stripBrackets(host));

export function isLoopback(host: string): boolean {
  const h = stripBrackets(host.trim().toLowerCase());
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h) || /^::ffff:127(\.\d{1,3}){3}$/.test(h);
}

/** Hostnames accepted in Host and Origin: the loopback names, the bind address, SWITCHBOARD_ALLOWED_HOSTS. */
export function allowedHostnames(settings: Pick<Settings, 'host' | 'allowedHosts'>): string[] {
  const names = new Set(localhostAllowedHostnames());
  const bracket = (h: string) => (isIP(stripBrackets(h)) === 6 ? `[${stripBrackets(h)}]` : h);
  if (!isWildcard(settings.host)) names.add(bracket(settings.host.toLowerCase()));
  for (const h of settings.allowedHosts) names.add(bracket(h.toLowerCase()));
  return [...names];
}

/** A non-loopback listener without a token would hand the upstream accounts to anyone who can reach it. */
export function checkHttpSettings(settings: Settings, agentTokens = false): void {
  if (!isLoopback(settings.host) && !settings.httpToken && !agentTokens) {
    throw new ConfigError(`SWITCHBOARD_HTTP_TOKEN (or agents with tokens in the policy) must be set to listen on the non-loopback host "${settings.host}" (--host); or bind 127.0.0.1 behind a reverse proxy`);
  }
}

// ---------------------------------------------------------------------------------------------
// Narrowing headers: they filter the catalog the flags and environment already selected, so they
// can remove tools and never add one. A name the server does not know at all is an error.

class HttpError extends Error {
  constructor(readonly status: number, message: string, readonly code = -32600) { super(message); }
}

const known = {
  toolsets: new Set(registry.map((t) => t.api.id)),
  tools: new Set(registry.flatMap((t) => t.tools.map((d) => d.name))),
};

export const NARROWING_HEADERS = {
  readOnly: 'X-MCP-Readonly', toolsets: 'X-MCP-Toolsets', tools: 'X-MCP-Tools', excludeTools: 'X-MCP-Exclude-Tools', policyProfile: 'X-MCP-Policy-Profile',
  discovery: 'X-MCP-Discovery',
} as const;

/** The narrowing an HTTP request asks for; `policy` names the profiles of the --policy file. */
export function narrowingFromHeaders(get: (name: string) => string | null | undefined, policy: { hasProfile(name: string): boolean }): Narrowing {
  const n: Narrowing = {};
  const ro = get(NARROWING_HEADERS.readOnly.toLowerCase())?.trim();
  if (ro) {
    if (/^(1|true|yes|on)$/i.test(ro)) n.readOnly = true;
    else if (!/^(0|false|no|off)$/i.test(ro)) throw new HttpError(400, `${NARROWING_HEADERS.readOnly} must be 1/true or 0/false`);
  }
  const names = (header: string, kind: 'toolsets' | 'tools') => {
    const v = get(header.toLowerCase());
    if (!v?.trim()) return undefined;
    const list = v.split(',').map((s) => s.trim()).filter(Boolean);
    for (const name of list) {
      if (!known[kind].has(name)) throw new HttpError(400, `${header} names an unknown ${kind === 'tools' ? 'tool' : 'toolset'} ${JSON.stringify(name.slice(0, 80))}`);
    }
    return list;
  };
  n.toolsets = names(NARROWING_HEADERS.toolsets, 'toolsets');
  n.tools = names(NARROWING_HEADERS.tools, 'tools');
  n.excludeTools = names(NARROWING_HEADERS.excludeTools, 'tools');
  const profile = get(NARROWING_HEADERS.policyProfile.toLowerCase())?.trim();
  if (profile) {
    if (!policy.hasProfile(profile)) throw new HttpError(400, `${NARROWING_HEADERS.policyProfile} names a profile the policy file does not define`);
    n.policyProfile = profile;
  }
  const discovery = get(NARROWING_HEADERS.discovery.toLowerCase())?.trim();
  if (discovery) {
    if (/^(1|true|yes|on)$/i.test(discovery)) n.discovery = true;
    else if (!/^(0|false|no|off)$/i.test(discovery)) throw new HttpError(400, `${NARROWING_HEADERS.discovery} must be 1/true or 0/false`);
  }
  return n;
}

const nodeHeader = (req: IncomingMessage) => (name: string) => {
  const v = req.headers[name];
  return Array.isArray(v) ? v.join(',') : v;
};

// ---------------------------------------------------------------------------------------------
// Bearer token: the SDK's verifyBearerToken parses the header and answers through its challenge
// response; the verifier compares digests in constant time.

function tokenVerifier(expected: string): OAuthTokenVerifier {
  const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
  const want = digest(expected);
  return {
    async verifyAccessToken(token: string): Promise<AuthInfo> {
      if (!timingSafeEqual(digest(token), want)) throw new OAuthError(OAuthErrorCode.InvalidToken, 'Invalid bearer token');
      // A static token does not expire; verifyBearerToken insists on an expiry, so it gets a near one.
      return { token: 'switchboard-http-token', clientId: 'switchboard-http', scopes: [], expiresAt: Math.floor(Date.now() / 1000) + 3600 };
    },
  };
}

/** With agents in the policy file, the bearer token says which agent calls (401 for a token of none). */
function agentVerifier(policy: Policy): OAuthTokenVerifier {
  return {
    async verifyAccessToken(token: string): Promise<AuthInfo> {
      const agent = policy.agentByToken(token);
      if (!agent) throw new OAuthError(OAuthErrorCode.InvalidToken, 'Invalid bearer token');
      return { token: `agent:${agent.name}`, clientId: agent.name, scopes: [], expiresAt: Math.floor(Date.now() / 1000) + 3600, extra: { agent: agent.name } };
    },
  };
}

/** The agent a verified request belongs to, if the policy names agents. */
const agentOf = (auth: AuthInfo | undefined) => (typeof auth?.extra?.agent === 'string' ? auth.extra.agent : undefined);

// ---------------------------------------------------------------------------------------------
// Small response helpers

const rpcError = (code: number, message: string) => ({ jsonrpc: '2.0', error: { code, message }, id: null });

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent) return void res.end();
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

async function sendResponse(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((v, k) => { headers[k] = v; });
  res.writeHead(response.status, headers);
  res.end(await response.text());
}

const NO_BODY = Symbol('no body');

// ---------------------------------------------------------------------------------------------

// A session belongs to the agent that opened it: another agent's token cannot use it.
interface Session { transport: NodeStreamableHTTPServerTransport; server: McpServer; lastSeen: number; active: number; agent?: string }
interface SseSession { transport: SSEServerTransport; server: McpServer; pending: Set<string | number>; agent?: string }

export async function startHttpServer(app: App, settings: Settings, opts: HttpOptions = {}): Promise<HttpServerHandle> {
  checkHttpSettings(settings, app.catalog.policy.agents.length > 0);
  const report = opts.onLog ?? ((m: string) => log(m));
  const onerror = (e: Error) => report(`http: ${e.message}`);
  const limit = settings.maxBodyBytes;
  const hostnames = allowedHostnames(settings);
  const checkHost = hostHeaderValidation(hostnames);
  const checkOrigin = originValidation(hostnames);
  const policy = app.catalog.policy;
  const verifier = policy.agents.length ? agentVerifier(policy) : settings.httpToken ? tokenVerifier(settings.httpToken) : undefined;

  // The only per-request work: bind the prepared catalog to a fresh server, narrowed by headers
  // that were validated before the request got here.
  const bind = (narrowing: Narrowing) => app.factory({ narrowing });
  const modern = createMcpHandler(
    (ctx) => {
      if (!ctx.requestInfo) throw new Error('no request to read narrowing headers from');
      return bind({ ...narrowingFromHeaders((n) => ctx.requestInfo!.headers.get(n), app.catalog.policy), agent: agentOf(ctx.authInfo) });
    },
    { legacy: settings.stateless ? 'stateless' : 'reject', maxRequestBodySize: limit, onerror },
  );
  const modernNode = toNodeHandler(modern, { maxRequestBodySize: limit, onerror });

  const sessions = new Map<string, Session>();
  const sse = new Map<string, SseSession>();
  let inflight = 0;
  let closing = false;

  const idleMs = settings.sessionIdleSeconds * 1000;
  const sweep = setInterval(() => {
    const cutoff = Date.now() - idleMs;
    for (const [id, s] of sessions) {
      if (s.active === 0 && s.lastSeen < cutoff) {
        sessions.delete(id);
        void s.server.close().catch(() => {});
      }
    }
  }, Math.min(Math.max(idleMs / 4, 250), 60_000));
  sweep.unref();

  async function readJson(req: IncomingMessage, res: ServerResponse): Promise<unknown> {
    if (!isJsonContentType(req.headers['content-type'])) {
      sendJson(res, 415, rpcError(-32000, 'Unsupported Media Type: Content-Type must be application/json'));
      return NO_BODY;
    }
    let text: string;
    try {
      text = await (await toWebRequest(req, undefined, { maxRequestBodySize: limit })).text();
    } catch (e) {
      if ((e as Error).name === 'RequestBodyTooLargeError') {
        sendJson(res, 413, rpcError(-32000, `Request body larger than ${limit} bytes (SWITCHBOARD_MAX_BODY_BYTES)`), { connection: 'close' });
        return NO_BODY;
      }
      throw e;
    }
    try {
      return JSON.parse(text);
    } catch {
      sendJson(res, 400, rpcError(-32700, 'Parse error: the request body is not valid JSON'));
      return NO_BODY;
    }
  }

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

  /** 2025-era Streamable HTTP with sessions: the map keyed by Mcp-Session-Id (the SDK's sessions recipe). */
  async function legacySession(req: IncomingMessage, res: ServerResponse, body: unknown, narrowing: Narrowing): Promise<void> {
    const sid = nodeHeader(req)('mcp-session-id');
    const hold = (s: Session) => {
      s.active++;
      s.lastSeen = Date.now();
      res.once('close', () => { s.active--; s.lastSeen = Date.now(); });
    };
    if (sid) {
      const s = sessions.get(sid);
      if (!s || s.agent !== narrowing.agent) return sendJson(res, 404, rpcError(-32001, 'Session not found: it ended or expired; start a new one with initialize'));
      hold(s);
      return s.transport.handleRequest(req, res, body);
    }
    const initialize = req.method === 'POST' && (isInitializeRequest(body) || (Array.isArray(body) && body.some((m) => isInitializeRequest(m))));
    if (!initialize) return sendJson(res, 400, rpcError(-32000, 'Bad Request: Mcp-Session-Id header is required (initialize first)'));
    // The initialize request's headers fix the session's narrowing for its whole life.
    const server = bind(narrowing);
    const s: Session = {
      server,
      lastSeen: Date.now(),
      active: 0,
      agent: narrowing.agent,
      transport: new NodeStreamableHTTPServerTransport({
        sessionIdGenerator: () => randomUUID(),
        onsessioninitialized: (id) => { sessions.set(id, s); },
      }),
    };
    s.transport.onclose = () => { if (s.transport.sessionId) sessions.delete(s.transport.sessionId); };
    s.transport.onerror = onerror;
    hold(s);
    await server.connect(s.transport);
    await s.transport.handleRequest(req, res, body);
  }

  /** The frozen HTTP+SSE transport: GET /sse opens the stream, POST /messages?sessionId= delivers. */
  async function legacySse(req: IncomingMessage, res: ServerResponse, url: URL, narrowing: Narrowing): Promise<void> {
    if (url.pathname === '/sse') {
      if (req.method !== 'GET') return sendJson(res, 405, rpcError(-32000, 'Method not allowed'), { allow: 'GET' });
      const transport = new SSEServerTransport('/messages', res);
      const session: SseSession = { transport, server: bind(narrowing), pending: new Set(), agent: narrowing.agent };
      // Calls answered over the stream are in flight until their response is sent (graceful shutdown).
      const send = transport.send.bind(transport);
      transport.send = async (message, options) => {
        await send(message, options);
        if ('id' in message && !('method' in message)) session.pending.delete(message.id as string | number);
      };
      sse.set(transport.sessionId, session);
      transport.onclose = () => { sse.delete(transport.sessionId); };
      transport.onerror = onerror;
      await session.server.connect(transport);
      return;
    }
    if (req.method !== 'POST') return sendJson(res, 405, rpcError(-32000, 'Method not allowed'), { allow: 'POST' });
    const id = url.searchParams.get('sessionId');
    if (!id) return sendJson(res, 400, rpcError(-32000, 'Missing sessionId parameter'));
    const session = sse.get(id);
    if (!session || session.agent !== narrowing.agent) return sendJson(res, 404, rpcError(-32001, 'Session not found'));
    const body = await readJson(req, res);
    if (body === NO_BODY) return;
    for (const m of Array.isArray(body) ? body : [body]) {
      if (m && typeof m === 'object' && 'method' in m && 'id' in m) session.pending.add((m as { id: string | number }).id);
    }
    await session.transport.handlePostMessage(req, res, body);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!checkHost(req, res) || !checkOrigin(req, res)) return; // 403 already sent
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/healthz') {
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { error: 'Method not allowed' }, { allow: 'GET, HEAD' });
      return sendJson(res, closing ? 503 : 200, { status: closing ? 'shutting down' : 'ok' });
    }
    if (url.pathname !== '/mcp' && url.pathname !== '/sse' && url.pathname !== '/messages') return sendJson(res, 404, { error: 'Not found: the MCP endpoint is /mcp (legacy SSE: /sse)' });
    if (closing) return sendJson(res, 503, rpcError(-32000, 'Server is shutting down'), { connection: 'close' });
    const auth = await authorized(req, res);
    if (auth === false) return;
    const narrowing: Narrowing = { ...narrowingFromHeaders(nodeHeader(req), app.catalog.policy), agent: agentOf(auth ?? undefined) };
    if (req.method === 'POST') {
      inflight++;
      res.once('close', () => { inflight--; });
    }
    if (url.pathname !== '/mcp') return legacySse(req, res, url, narrowing);

    if (req.method !== 'POST' && req.method !== 'GET' && req.method !== 'DELETE') return sendJson(res, 405, rpcError(-32000, 'Method not allowed'), { allow: 'GET, POST, DELETE' });
    // Stateless: the SDK's own handler serves both eras per request (2025 GET/DELETE answer 405).
    if (req.method !== 'POST') return settings.stateless ? modernNode(req, res) : legacySession(req, res, undefined, narrowing);
    const body = await readJson(req, res);
    if (body === NO_BODY) return;
    if (settings.stateless) return modernNode(req, res, body);
    const legacy = await isLegacyRequest(await toWebRequest(req, body), body, { maxRequestBodySize: limit });
    return legacy ? legacySession(req, res, body, narrowing) : modernNode(req, res, body);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e) => {
      if (e instanceof HttpError) return sendJson(res, e.status, rpcError(e.code, e.message));
      onerror(e as Error);
      sendJson(res, 500, rpcError(-32603, 'Internal error'));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => reject(e.code === 'EADDRINUSE' || e.code === 'EACCES' || e.code === 'EADDRNOTAVAIL'
      ? new ConfigError(`cannot listen on ${settings.host}:${settings.port} (${e.code}); choose another --host/--port`)
      : e));
    server.listen(settings.port, settings.host, () => resolve());
  });
  server.on('error', onerror);
  const port = (server.address() as { port: number }).port;
  const host = isWildcard(settings.host) ? '127.0.0.1' : isIP(stripBrackets(settings.host)) === 6 ? `[${stripBrackets(settings.host)}]` : settings.host;
  const origin = `http://${host}:${port}`;

  let closed: Promise<void> | undefined;
  const close = () => (closed ??= (async () => {
    closing = true;
    clearInterval(sweep);
    const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const pendingSse = () => [...sse.values()].reduce((n, s) => n + s.pending.size, 0);
    const deadline = Date.now() + (opts.shutdownGraceMs ?? 10_000);
    while ((inflight > 0 || pendingSse() > 0) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    await Promise.allSettled([
      ...[...sessions.values()].map((s) => s.server.close()),
      ...[...sse.values()].map((s) => s.server.close()),
      modern.close(),
    ]);
    sessions.clear();
    sse.clear();
    server.closeAllConnections();
    await stopped;
  })());

  const stats = () => ({ sessions: sessions.size, sseSessions: sse.size, inflight });
  return { url: `${origin}/mcp`, origin, port, server, close, stats };
}

/** The CLI's HTTP mode: listen, log to stderr, shut down gracefully on SIGTERM/SIGINT. */
export async function serveHttp(app: App, settings: Settings): Promise<void> {
  const handle = await startHttpServer(app, settings);
  const era2025 = settings.stateless ? '2025-era clients per request (stateless)' : '2025-era clients in sessions';
  log(`HTTP transport listening on ${handle.url} (${era2025}; legacy SSE at ${handle.origin}/sse)${settings.httpToken ? '; bearer token required' : ''}`);
  const stop = (signal: string) => {
    log(`${signal}: finishing in-flight calls, then exiting`);
    void handle.close()
      .then(() => app.catalog.close())
      .then(() => process.exit(0), (e) => { log(`shutdown error: ${(e as Error).message}`); process.exit(1); });
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}
