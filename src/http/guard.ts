// What stands in front of every MCP route: the listen address rules, the bearer token (shared or
// per agent), Content-Type, the body size and nesting limits, and the time a client may take to
// send a request. Host and Origin are checked with the SDK's own guards (wired in http.ts).
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isIP } from 'node:net';
import {
  isJsonContentType,
  localhostAllowedHostnames,
  OAuthError,
  OAuthErrorCode,
  type AuthInfo,
  type OAuthTokenVerifier,
} from '@modelcontextprotocol/server';
import { toWebRequest } from '@modelcontextprotocol/node';
import type { Policy } from '../policy.js';
import { ConfigError, type Settings } from '../config.js';
import { nestsDeeper } from '../schema.js';
import { rpcError, sendJson } from './respond.js';

// ---------------------------------------------------------------------------------------------
// Addresses

export const stripBrackets = (h: string) => h.replace(/^\[(.*)\]$/, '$1');
export const isWildcard = (host: string) => ['0.0.0.0', '::', ''].includes(stripBrackets(host));

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
    throw new ConfigError(
      `SWITCHBOARD_HTTP_TOKEN (or agents with tokens in the policy) must be set to listen on the non-loopback host "${settings.host}" (--host); or bind 127.0.0.1 behind a reverse proxy`,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Bearer token: the SDK's verifyBearerToken parses the header and answers through its challenge
// response; the verifiers compare digests in constant time.

export function tokenVerifier(expected: string): OAuthTokenVerifier {
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
export function agentVerifier(policy: Policy): OAuthTokenVerifier {
  return {
    async verifyAccessToken(token: string): Promise<AuthInfo> {
      const agent = policy.agentByToken(token);
      if (!agent) throw new OAuthError(OAuthErrorCode.InvalidToken, 'Invalid bearer token');
      return {
        token: `agent:${agent.name}`,
        clientId: agent.name,
        scopes: [],
        expiresAt: Math.floor(Date.now() / 1000) + 3600,
        extra: { agent: agent.name },
      };
    },
  };
}

/** The agent a verified request belongs to, if the policy names agents. */
export const agentOf = (auth: AuthInfo | undefined) => (typeof auth?.extra?.agent === 'string' ? auth.extra.agent : undefined);

// ---------------------------------------------------------------------------------------------
// Connections and request bodies

/**
 * Time limits of the node:http server. A client gets 20 s to send its headers and 30 s for the
 * whole request (Node's defaults are 60 s and 300 s, enough for a few thousand dripping clients
 * to hold every file descriptor); idle keep-alive connections close after 5 s. Responses are not
 * bounded: SSE streams stay open as long as their session.
 */
export const SERVER_TIMEOUTS = {
  headersTimeout: 20_000,
  requestTimeout: 30_000,
  keepAliveTimeout: 5_000,
  connectionsCheckingInterval: 1_000,
} as const;

/** After these the server has nothing more to say to the client, so it stops reading what it still sends. */
const REFUSALS = new Set([401, 403, 413]);

/**
 * Closes the connection once a refusal is written: an unauthenticated client dripping a large body
 * would otherwise hold the socket until the request timeout. The answer says `Connection: close`
 * (so a keep-alive client does not reuse the socket), and the short delay lets the client read it
 * before the socket goes.
 */
export function closeAfterRefusal(req: IncomingMessage, res: ServerResponse): void {
  const writeHead = res.writeHead;
  res.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    if (REFUSALS.has(status) && !this.headersSent) this.setHeader('connection', 'close');
    return (writeHead as (...args: unknown[]) => ServerResponse).call(this, status, ...rest);
  } as typeof res.writeHead;
  res.once('finish', () => {
    if (!REFUSALS.has(res.statusCode)) return;
    const socket = req.socket;
    socket.end();
    setTimeout(() => socket.destroy(), 200).unref();
  });
}

/**
 * Deepest nesting a request body may have. A JSON-RPC envelope adds 3 levels above a tool's
 * arguments, which the executor bounds at far fewer; deeper bodies would overflow the stack of the
 * recursive code after JSON.parse (the SDK's re-serialization, schema checks).
 */
export const MAX_BODY_DEPTH = 100;

export const NO_BODY = Symbol('no body');

/** Reads and parses a JSON body within the size and nesting limits; NO_BODY after answering the refusal. */
export async function readJson(req: IncomingMessage, res: ServerResponse, maxBytes: number): Promise<unknown> {
  if (!isJsonContentType(req.headers['content-type'])) {
    sendJson(res, 415, rpcError(-32000, 'Unsupported Media Type: Content-Type must be application/json'));
    return NO_BODY;
  }
  let text: string;
  try {
    text = await (await toWebRequest(req, undefined, { maxRequestBodySize: maxBytes })).text();
  } catch (e) {
    if ((e as Error).name === 'RequestBodyTooLargeError') {
      sendJson(res, 413, rpcError(-32000, `Request body larger than ${maxBytes} bytes (SWITCHBOARD_MAX_BODY_BYTES)`), {
        connection: 'close',
      });
      return NO_BODY;
    }
    throw e;
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    sendJson(res, 400, rpcError(-32700, 'Parse error: the request body is not valid JSON'));
    return NO_BODY;
  }
  if (nestsDeeper(body, MAX_BODY_DEPTH)) {
    sendJson(res, 400, rpcError(-32600, `Invalid Request: the body nests deeper than ${MAX_BODY_DEPTH} levels`));
    return NO_BODY;
  }
  return body;
}
