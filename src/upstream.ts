// One API's upstream: a pooled undici client, its rate limiter, and the retry policy. Every request
// of every tool goes through `send`. Errors come out as UpstreamError with what an agent needs to act.
import { setTimeout as delay } from 'node:timers/promises';
import type { Pool } from 'undici';
import type { ApiDefinition } from './declaration.js';
import type { Limiter } from './limiter.js';
import { QueueFullError } from './limiter.js';

export interface UpstreamRequest {
  method: string;
  /** Path relative to the API base URL, already filled. */
  path: string;
  query?: Record<string, unknown>;
  body?: unknown;
  /** Safe to send again after a failure that may have reached the server. */
  idempotent: boolean;
  signal?: AbortSignal;
  /**
   * Secret values (and their derived forms, see secretForms) removed from the raw response bytes
   * before anything parses, summarises, truncates or encodes them.
   */
  secrets?: string[];
}

export interface UpstreamResponse {
  status: number;
  headers: Record<string, string>;
  body: unknown;
  /** How many attempts it took (1 = no retry). */
  attempts: number;
}

export type FailureKind = 'http' | 'rate' | 'network' | 'timeout' | 'cancelled' | 'queue' | 'too_large' | 'malformed' | 'redirect';

export class UpstreamError extends Error {
  constructor(
    readonly kind: FailureKind,
    message: string,
    readonly detail: {
      status?: number;
      upstreamMessage?: string;
      code?: string;
      retryAt?: Date;
      attempts?: number;
      mayHaveReached?: boolean;
      locationHost?: string;
    } = {},
  ) {
    super(message);
  }
}

export interface UpstreamOptions {
  api: ApiDefinition;
  baseUrl: () => Promise<string>;
  authHeaders: Record<string, string>;
  limiter: (bucket?: string) => Limiter;
  /**
   * connect, first headers, gap between body chunks, and `totalMs`: one deadline for the whole call —
   * from its first attempt to its last byte, every retry and wait between them included (a slow drip
   * or a hang cannot hold a call for attempts × the timeout).
   */
  timeouts?: { connectMs?: number; headersMs?: number; bodyMs?: number; totalMs?: number };
  /** Larger bodies are refused rather than buffered (memory stays bounded). */
  maxBodyBytes?: number;
  maxRetries?: number;
  /** A Retry-After longer than this is not slept but returned as "retry at". */
  maxRetryWaitMs?: number;
}

/** Waits `ms`; a cancelled call stops waiting at once. */
const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  delay(ms, undefined, { signal }).catch((e: unknown) => {
    throw signal?.aborted ? new UpstreamError('cancelled', 'the call was cancelled') : e;
  });

/** Backoff from 1 s, doubling, with ±25 % jitter so replicas do not retry in step. */
const backoff = (attempt: number, base = 1000) => base * 2 ** attempt * (0.75 + Math.random() * 0.5);
/** From a documented wait (an API's retryAfterDefaultMs), doubling; jitter only lengthens it (+0–25 %). */
const backoffAtLeast = (attempt: number, base: number) => base * 2 ** attempt * (1 + Math.random() * 0.25);

export function parseRetryAfter(v: string | undefined, now = Date.now()): number | undefined {
  if (!v) return undefined;
  if (/^\s*-?\d+(\.\d+)?\s*$/.test(v)) return Math.max(0, Number(v) * 1000);
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Without a documented wait, a 429 is not retried sooner than this (a Retry-After of 0 or in the past included). */
const RETRY_AFTER_FLOOR_MS = 1000;

/**
 * The forms a secret takes in text an upstream may send back: as is, percent-encoded (a URL or
 * query string), and JSON-escaped (with `/` escaped as some serializers do). Values under 4
 * characters are not treated as secrets (they would redact ordinary text).
 */
export function secretForms(secrets: string[]): string[] {
  const out = new Set<string>();
  for (const s of secrets) {
    if (s.length < 4) continue;
    const json = JSON.stringify(s).slice(1, -1);
    for (const f of [s, encodeURIComponent(s), json, json.replace(/\//g, '\\/')]) out.add(f);
  }
  return [...out].sort((a, b) => b.length - a.length); // longer first: a form that contains another goes whole
}

const REDACTED = Buffer.from('[redacted]');

/** Every occurrence of every form, replaced in the raw bytes (before decoding, parsing or encoding). */
export function redactBytes(raw: Buffer, forms: string[]): Buffer {
  for (const f of forms) {
    const needle = Buffer.from(f);
    let at = raw.indexOf(needle);
    if (at < 0) continue;
    const parts: Buffer[] = [];
    let from = 0;
    while (at >= 0) {
      parts.push(raw.subarray(from, at), REDACTED);
      from = at + needle.length;
      at = raw.indexOf(needle, from);
    }
    parts.push(raw.subarray(from));
    raw = Buffer.concat(parts);
  }
  return raw;
}

/** The same on text. */
export function redactString(text: string, forms: string[]): string {
  for (const f of forms) if (text.includes(f)) text = text.split(f).join('[redacted]');
  return text;
}

/**
 * Secrets inside a parsed JSON body, whatever escapes (`\u0041`…) carried them past the byte pass:
 * every string, key or value, redacted in place. Iterative, so no nesting can overflow the stack.
 */
function redactParsed(body: unknown, forms: string[]): unknown {
  if (typeof body === 'string') return redactString(body, forms);
  const stack: unknown[] = [body];
  while (stack.length) {
    const v = stack.pop();
    if (!v || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        if (typeof v[i] === 'string') v[i] = redactString(v[i], forms);
        else if (v[i] && typeof v[i] === 'object') stack.push(v[i]);
      }
      continue;
    }
    const o = v as Record<string, unknown>;
    for (const k of Object.keys(o)) {
      let val = o[k];
      if (typeof val === 'string') val = redactString(val, forms);
      else if (val && typeof val === 'object') stack.push(val);
      const key = redactString(k, forms);
      if (key !== k) delete o[k];
      o[key] = val;
    }
  }
  return body;
}

function buildQuery(query: Record<string, unknown> | undefined): string {
  if (!query) return '';
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null) continue;
    if (Array.isArray(v)) for (const item of v) qs.append(k, String(item));
    else qs.append(k, typeof v === 'object' ? JSON.stringify(v) : String(v));
  }
  const s = qs.toString();
  return s ? `?${s}` : '';
}

/** Errors where the request provably never reached the server: safe to retry even a create. */
const NEVER_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT', 'EHOSTUNREACH', 'ENETUNREACH']);

export class Upstream {
  private pool?: Pool;
  private prefix = '';
  private origin = 'http://upstream.invalid';
  private readonly o: Required<Omit<UpstreamOptions, 'timeouts'>> & { timeouts: Required<NonNullable<UpstreamOptions['timeouts']>> };

  constructor(opts: UpstreamOptions) {
    this.o = {
      maxBodyBytes: 16 * 1024 * 1024,
      maxRetries: 3,
      maxRetryWaitMs: 60_000,
      ...opts,
      timeouts: { connectMs: 10_000, headersMs: 30_000, bodyMs: 30_000, totalMs: 30_000, ...opts.timeouts },
    };
  }

  /** The pool is created on first use, so start-up does no network work. */
  private async client(): Promise<Pool> {
    if (!this.pool) {
      const url = new URL(await this.o.baseUrl());
      this.prefix = url.pathname.replace(/\/$/, '');
      this.origin = url.origin;
      // undici is loaded on the first call, not at start-up (cold start: a server that is only listed costs nothing).
      const undici = await import('undici');
      // undici is CommonJS: bundled and imported dynamically, its exports arrive under `default`.
      const { Pool } = ('Pool' in undici ? undici : (undici as { default: typeof undici }).default) as typeof undici;
      this.pool ??= new Pool(url.origin, {
        connections: 32,
        pipelining: 1,
        connectTimeout: this.o.timeouts.connectMs,
        headersTimeout: this.o.timeouts.headersMs,
        bodyTimeout: this.o.timeouts.bodyMs,
        keepAliveTimeout: 10_000,
      });
    }
    return this.pool;
  }

  async close(): Promise<void> {
    await this.pool?.close().catch(() => {});
    this.pool = undefined;
  }

  async send(req: UpstreamRequest, bucket?: string): Promise<UpstreamResponse> {
    const { api } = this.o;
    const limiter = this.o.limiter(bucket);
    // One deadline for the whole call, set when its first attempt leaves (time queued for the rate
    // limit before that is bounded by the limiter's own queue, with its own message): every attempt
    // gets only what is left of it, and no retry starts whose wait would pass it.
    let deadlineAt: number | undefined;
    const fits = (wait: number) => deadlineAt === undefined || Date.now() + wait < deadlineAt;
    for (let attempt = 0; ; attempt++) {
      const attempts = attempt + 1;
      let res: UpstreamResponse;
      try {
        res = await limiter.schedule(() => {
          deadlineAt ??= Date.now() + this.o.timeouts.totalMs;
          return this.once(req, attempts, deadlineAt);
        });
      } catch (e) {
        if (e instanceof QueueFullError) throw new UpstreamError('queue', `${e.message}; try again shortly`, { attempts });
        if (!(e instanceof UpstreamError)) throw e;
        const retriable = (e.kind === 'network' || e.kind === 'timeout') && (req.idempotent || e.detail.mayHaveReached === false);
        const wait = backoff(attempt, 250);
        if (retriable && attempt < this.o.maxRetries && fits(wait)) {
          await sleep(wait, req.signal);
          continue;
        }
        e.detail.attempts = attempts;
        throw e;
      }
      if (res.status === 429) {
        // A Retry-After of 0, negative or in the past is no wait at all: the API's documented wait
        // (else one second) is the floor, doubling with each attempt, so retries cannot burst.
        const floor = api.retryAfterDefaultMs ?? RETRY_AFTER_FLOOR_MS;
        const said = parseRetryAfter(res.headers['retry-after']);
        const wait =
          said !== undefined
            ? said >= floor
              ? said
              : backoffAtLeast(attempt, floor)
            : api.retryAfterDefaultMs !== undefined
              ? backoffAtLeast(attempt, api.retryAfterDefaultMs)
              : backoff(attempt);
        const retryAt = new Date(Date.now() + wait);
        if (wait <= this.o.maxRetryWaitMs && attempt < this.o.maxRetries && fits(wait)) {
          await sleep(wait, req.signal);
          continue;
        }
        throw new UpstreamError('rate', `${api.title} rate limit reached (429) after ${attempts} attempt(s)`, {
          status: 429,
          retryAt,
          attempts,
          ...this.describe(res.body),
        });
      }
      // A 5xx may have half-applied a write: only calls that are safe to repeat are retried.
      if (res.status >= 500 && req.idempotent && attempt < this.o.maxRetries) {
        const wait = backoff(attempt, 500);
        if (fits(wait)) {
          await sleep(wait, req.signal);
          continue;
        }
      }
      return res;
    }
  }

  /** The upstream's own message and code from an error body, by the API's error format. */
  describe(body: unknown): { upstreamMessage?: string; code?: string } {
    const { messageFields, codeField } = this.o.api.errors;
    if (typeof body === 'string') return { upstreamMessage: body.slice(0, 300) };
    if (!body || typeof body !== 'object') return {};
    const b = body as Record<string, unknown>;
    const pick = (v: unknown) => (v === undefined || v === null ? undefined : typeof v === 'string' ? v : JSON.stringify(v));
    const upstreamMessage = messageFields.map((f) => pick(b[f])).find((m) => m !== undefined);
    return { upstreamMessage: upstreamMessage?.slice(0, 500), code: codeField ? pick(b[codeField]) : undefined };
  }

  private async once(req: UpstreamRequest, attempts: number, deadlineAt: number): Promise<UpstreamResponse> {
    if (req.signal?.aborted) throw new UpstreamError('cancelled', 'the call was cancelled');
    const left = deadlineAt - Date.now();
    if (left <= 0) throw this.deadlineError();
    const pool = await this.client();
    // A DELETE carries a body only when its declaration says so (DailyBot's webhook unsubscribe).
    const hasBody = req.body !== undefined && req.method !== 'GET';
    const headers: Record<string, string> = { ...(this.o.api.headers ?? {}), ...this.o.authHeaders };
    if (!hasBody) delete headers['Content-Type'];
    const deadline = AbortSignal.timeout(left);
    const signal = req.signal ? AbortSignal.any([req.signal, deadline]) : deadline;
    let res: Awaited<ReturnType<typeof pool.request>>;
    try {
      res = await pool.request({
        method: req.method as 'GET',
        path: this.prefix + req.path + buildQuery(req.query),
        headers,
        body: hasBody ? JSON.stringify(req.body) : undefined,
        signal,
      });
    } catch (e) {
      throw this.networkError(e, req, false, deadline);
    }
    // A redirect is never followed (its target never gets the credentials) and is never a success.
    if (res.statusCode >= 300 && res.statusCode < 400) {
      res.body.on('error', () => {});
      res.body.destroy();
      throw new UpstreamError('redirect', `${this.o.api.title} answered ${res.statusCode}`, {
        status: res.statusCode,
        attempts,
        mayHaveReached: true,
        locationHost: locationHost(res.headers.location, this.origin),
      });
    }
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      for await (const chunk of res.body) {
        size += chunk.length;
        if (size > this.o.maxBodyBytes) {
          res.body.destroy();
          throw new UpstreamError(
            'too_large',
            `${this.o.api.title} sent a response over ${Math.round(this.o.maxBodyBytes / 1048576)} MB; narrow the request (filters, smaller page)`,
            { status: res.statusCode, mayHaveReached: true },
          );
        }
        chunks.push(chunk);
      }
    } catch (e) {
      if (e instanceof UpstreamError) throw e;
      throw this.networkError(e, req, true, deadline);
    }
    // Secrets go first, from the raw bytes: nothing below (JSON parsing, an error page's summary, a
    // message cut to length, base64) may carry a key, or the part of one that survives a cut.
    const forms = req.secrets ?? [];
    const raw = redactBytes(Buffer.concat(chunks), forms);
    const text = raw.toString('utf8');
    const contentType = String(res.headers['content-type'] ?? '');
    const responseHeaders: Record<string, string> = {};
    for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) responseHeaders[k] = Array.isArray(v) ? v.join(', ') : v;
    let body: unknown;
    if (text.length > 0) {
      try {
        body = JSON.parse(text);
        // Only a \u escape can spell a secret the byte pass did not see (its forms cover the others).
        if (forms.length && text.includes('\\u')) body = redactParsed(body, forms);
      } catch {
        if (res.statusCode < 300 && contentType && !/json/i.test(contentType)) {
          // A file download: hand it on as data rather than failing (the result bound still applies).
          return {
            status: res.statusCode,
            headers: {},
            body: { content_type: contentType, bytes: raw.length, data_base64: raw.toString('base64') },
            attempts,
          };
        }
        if (res.statusCode < 300) {
          throw new UpstreamError('malformed', `${this.o.api.title} answered ${res.statusCode} with a body that is not JSON`, {
            status: res.statusCode,
            upstreamMessage: summarizeText(text),
            mayHaveReached: true,
          });
        }
        body = summarizeText(redactString(text, forms)); // an HTML error page: keep a short plain-text summary
      }
    }
    return { status: res.statusCode, headers: responseHeaders, body, attempts };
  }

  private deadlineError(): UpstreamError {
    const ms = this.o.timeouts.totalMs;
    return new UpstreamError(
      'timeout',
      `${this.o.api.title} did not finish answering within ${ms} ms (SWITCHBOARD_UPSTREAM_TIMEOUT_MS bounds the whole call, retries included)`,
      { mayHaveReached: true, code: 'DEADLINE' },
    );
  }

  private networkError(e: unknown, req: UpstreamRequest, afterHeaders: boolean, deadline: AbortSignal): UpstreamError {
    const err = e as { code?: string; name?: string; message?: string; cause?: { code?: string } };
    const code = err.code ?? err.cause?.code;
    const title = this.o.api.title;
    if (req.signal?.aborted) return new UpstreamError('cancelled', 'the call was cancelled');
    if (deadline.aborted) return this.deadlineError();
    if (err.name === 'AbortError' || code === 'UND_ERR_ABORTED') return new UpstreamError('cancelled', 'the call was cancelled');
    const neverSent = !afterHeaders && code !== undefined && NEVER_SENT.has(code);
    if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT' || code === 'UND_ERR_CONNECT_TIMEOUT') {
      return new UpstreamError('timeout', `${title} did not answer in time (${code})`, { mayHaveReached: !neverSent, code });
    }
    return new UpstreamError('network', `could not reach ${title} (${code ?? err.message ?? 'network error'})`, {
      mayHaveReached: !neverSent,
      code,
    });
  }
}

/** The host a redirect pointed at (a relative Location is the API's own host), or undefined. */
function locationHost(location: string | string[] | undefined, origin: string): string | undefined {
  const v = Array.isArray(location) ? location[0] : location;
  if (!v) return undefined;
  try {
    return new URL(v, origin).host || undefined;
  } catch {
    return 'an unparseable address';
  }
}

/** An HTML or text error page, reduced to a short line an agent can read. */
function summarizeText(text: string): string {
  return text
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200);
}
