// Rolling-window rate limiting on bottleneck, in one process or shared by many through Redis.
//
// A window of N per D is held as N slots (bottleneck's `maxConcurrent: N`): a call takes a slot, its
// request goes out, and the slot is held until D (+ a margin) after that request has settled. The
// upstream counts a request when it arrives, somewhere between our start and its answer (a burst can
// wait for a pooled connection, a first request for a TLS handshake); counting from the answer makes
// "no more than N arrivals in any D-long span" hold whatever that delay, at the cost of one request
// latency per slot. A burst of N may start when the window is empty. This is the rolling window of
// "a reservoir of N where each unit comes back D later", kept as slots rather than a reservoir
// because bottleneck's Redis clustering can take back a slot whose holder died: every job carries
// an `expiration`, and Redis frees an expired slot by itself (bottleneck's own recovery for crashed
// clients), while a reservoir unit lent to a process that dies would be lost for good — nothing in
// Redis knows it is owed back. (reservoirRefreshInterval is a fixed window that can start 2N across
// a boundary; minTime forbids bursts.)
//
// Shared limits (SWITCHBOARD_REDIS_URL): every API (and bucket) has one bottleneck `id` per upstream
// account — the API id, a one-way fingerprint of the credentials and base URL, and the rate — so
// every replica using the same account draws from one budget. The first limiter to reach Redis
// stores the settings (clearDatastore stays false: a new process joins the budget, never resets it).
// A process that dies mid-window leaves its slots held until their expiration (the hold + 5 s of
// slack for the request itself, clock skew and event-loop stalls), then they come back within a
// heartbeat (1 s). Keys vanish after an idle quarter of an hour (bottleneck's `timeout`), so a
// changed rate or a retired account leaves nothing behind.
// Redis lost while running: calls fail with a clear error (SWITCHBOARD_REDIS_FALLBACK=fail, the
// default) or are limited per process (=local, logged: N replicas may then reach N× the budget).
import Bottleneck from 'bottleneck';
import { createHash } from 'node:crypto';
import type { Redis as IORedis } from 'ioredis';
import { ConfigError } from './config.js';
import { log } from './log.js';

export class QueueFullError extends Error {}
/** The shared budget (Redis) could not be consulted: nothing was sent upstream. */
export class SharedLimitError extends Error {}

export interface RateWindow { max: number; windowMs: number }

/** Timer, clock and upstream bookkeeping granularity: hold a slot a little longer than the window. */
export const marginMs = (windowMs: number) => Math.min(1000, Math.max(20, Math.round(windowMs * 0.02)));

/** How long after its hold a slot of a vanished process stays counted in Redis. */
const EXPIRY_SLACK_MS = 5000;
/** Redis keys of a budget nobody used for this long are dropped (bottleneck `timeout`). */
const IDLE_KEY_TTL_MS = 15 * 60_000;

/** One slot of a window. */
export interface Grant {
  /**
   * The request starts now. Call the returned function once it has settled (answered or failed):
   * the slot is then held a window (+ margin) after that moment (or after `at`, when given).
   */
  begin(): (at?: number) => void;
  /** Nothing was sent with this slot: give it back now. */
  release(): void;
  /** Whether a request starting at `now` is still counted for its whole hold by the store. */
  live(now: number): boolean;
}

export interface Limiter {
  schedule<T>(fn: () => Promise<T>): Promise<T>;
  /** Waits for a slot; the caller must `begin` (and settle) or `release` it. */
  acquire(): Promise<Grant>;
  /** Jobs waiting for a slot. */
  queued(): number;
  stop(): Promise<void>;
}

export interface LimiterOptions {
  /** Name in messages and, with a shared store, the start of the Redis key: `copper`, `copper-bulk`. */
  id: string;
  /** Non-secret fingerprint of the upstream account (see accountKey); limiters of one account share a budget. */
  account?: string;
  /** Waiting calls beyond this fail fast. */
  highWater?: number;
}

/** Where limiters keep their counts: this process, or Redis shared by every replica. */
export interface LimiterStore {
  readonly shared: boolean;
  /** Connects and verifies the store (Redis); a failure is a ConfigError naming SWITCHBOARD_REDIS_URL. */
  ready(): Promise<void>;
  limiter(rate: RateWindow, opts: LimiterOptions): Limiter;
  close(): Promise<void>;
}

export interface StoreSettings {
  redisUrl?: string;
  redisFallback?: 'fail' | 'local';
}

/** A stable, non-secret key for an upstream account: a truncated SHA-256 of API id, base URL and credentials. */
export function accountKey(apiId: string, credentials: Record<string, string>, baseUrl: string): string {
  const h = createHash('sha256').update(`switchboard-mcp/account/v1\0${apiId}\0${baseUrl}`);
  for (const name of Object.keys(credentials).sort()) h.update(`\0${name}=${credentials[name]}`);
  return h.digest('hex').slice(0, 16);
}

const stores = new WeakMap<object, LimiterStore>();

/** The store for these settings, created once per settings object (no connection until ready() or first use). */
export function limiterStore(settings: StoreSettings): LimiterStore {
  let s = stores.get(settings);
  if (!s) {
    s = settings.redisUrl ? new RedisStore(settings.redisUrl, settings.redisFallback ?? 'fail') : new LocalStore();
    stores.set(settings, s);
  }
  return s;
}

// ---------------------------------------------------------------------------------------------
// Slots on one bottleneck instance

interface Slots {
  acquire(priority?: number): Promise<Grant>;
  waiting(): number;
  /** Fails every waiter with `e` and refuses new ones; held slots keep their timers. */
  fail(e: Error): void;
  /** Drops the jobs still queued (their callers were failed); held slots run out and are freed. */
  retire(): void;
  /** Leaves the store (unsubscribes); safe only while Redis is reachable or after the connection ended. */
  detach(): void;
  /** Retires, clears the hold timers and detaches (shutdown). */
  stop(): Promise<void>;
}

const holdOf = (rate: RateWindow) => rate.windowMs + marginMs(rate.windowMs);

/**
 * bottleneck's in-process datastore defers each step (submit, register, free) on setTimeout(0),
 * which Node clamps to 1 ms: ~2 ms before every call. The deferral only imitates a remote store; a
 * resolved promise keeps each step asynchronous without the clamp. (bottleneck is pinned at 2.19.5,
 * its last release; a Redis-backed instance has no such method and is left alone.)
 */
function withoutTimerYields(b: Bottleneck): Bottleneck {
  const store = (b as unknown as { _store?: { yieldLoop?: (t?: number) => Promise<void> } })._store;
  if (store && typeof store.yieldLoop === 'function') {
    store.yieldLoop = (t = 0) => (t > 0 ? new Promise((r) => setTimeout(r, t)) : Promise.resolve());
  }
  return b;
}

let jobSeq = 0;

function slots(b: Bottleneck, opts: LimiterOptions, holdMs: number, expirationMs?: number): Slots {
  const waiters = new Set<(e: Error) => void>();
  const timers = new Set<NodeJS.Timeout>();
  let failed: Error | undefined;
  const highWater = opts.highWater ?? 1000;
  // A slot counts from its registration ("scheduled": bottleneck's RUNNING state, in Redis too), so
  // the caller may start right then instead of after the job's own start (one more timer tick).
  const onScheduled = new Map<string, () => void>();
  b.on('scheduled', (info: { options: { id: string } }) => {
    const f = onScheduled.get(info.options.id);
    onScheduled.delete(info.options.id);
    f?.();
  });
  return {
    acquire(priority = 5) {
      if (failed) return Promise.reject(failed);
      return new Promise<Grant>((resolve, reject) => {
        const id = `${opts.id}#${++jobSeq}`;
        let settled = false;
        let granted = false;
        let expired = false;
        let grantedAt = 0;
        let state: 'granted' | 'held' | 'done' = 'granted';
        let over = false;
        let endJob: (() => void) | undefined;
        const finish = () => { over = true; endJob?.(); };
        const grant: Grant = {
          begin() {
            if (state !== 'granted') return () => {};
            state = 'held';
            let settled = false;
            return (at = Date.now()) => {
              if (settled) return;
              settled = true;
              const t = setTimeout(() => { timers.delete(t); state = 'done'; finish(); }, Math.max(0, at + holdMs - Date.now()));
              t.unref();
              timers.add(t);
            };
          },
          release() {
            if (state !== 'granted') return;
            state = 'done';
            finish();
          },
          // Redis forgets a slot `expirationMs` after its grant; a request should start well before.
          live: (now) => !expired && (expirationMs === undefined || now - grantedAt <= (expirationMs - holdMs) / 2),
        };
        const fail = (e: Error) => {
          if (settled) return;
          settled = true;
          waiters.delete(fail);
          onScheduled.delete(id);
          reject(e);
        };
        waiters.add(fail);
        onScheduled.set(id, () => {
          granted = true;
          grantedAt = Date.now();
          if (settled) return grant.release(); // the caller gave up meanwhile: nothing will use this slot
          settled = true;
          waiters.delete(fail);
          resolve(grant);
        });
        // The job itself only keeps the slot until the hold ends.
        b.schedule({ id, priority, expiration: expirationMs }, () => new Promise<void>((end) => {
          if (over) end();
          else endJob = end;
        })).catch((e: unknown) => {
          if (granted) { expired = true; return; } // the store let the slot go (job expiration)
          if (e instanceof Bottleneck.BottleneckError && /dropped/i.test(e.message)) {
            fail(new QueueFullError(`more than ${highWater} calls are already waiting for the ${opts.id} rate limit`));
          } else fail(e instanceof Error ? e : new Error(String(e)));
        });
      });
    },
    waiting: () => waiters.size,
    fail(e) {
      failed = e;
      for (const f of [...waiters]) f(e);
    },
    retire() {
      b.stop({ dropWaitingJobs: true }).catch(() => {});
    },
    detach() {
      try { void Promise.resolve(b.disconnect(false)).catch(() => {}); } catch { /* already gone */ }
    },
    async stop() {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      // With a shared connection this only unsubscribes (and may return nothing rather than a promise).
      try { await Promise.resolve(b.disconnect(false)).catch(() => {}); } catch { /* already gone */ }
    },
  };
}

function limiterOf(acquire: () => Promise<Grant>, queued: () => number, stop: () => Promise<void>): Limiter {
  return {
    acquire,
    async schedule<T>(fn: () => Promise<T>) {
      const settled = (await acquire()).begin();
      try {
        return await fn();
      } finally {
        settled();
      }
    },
    queued,
    stop,
  };
}

/** A rolling window kept in this process. */
export function rollingWindow(rate: RateWindow, opts: LimiterOptions): Limiter {
  const b = withoutTimerYields(new Bottleneck({ id: opts.id, maxConcurrent: rate.max, highWater: opts.highWater ?? 1000, strategy: Bottleneck.strategy.OVERFLOW }));
  const s = slots(b, opts, holdOf(rate));
  return limiterOf(() => s.acquire(), () => s.waiting(), () => s.stop());
}

/**
 * A call that must pass several buckets (e.g. Copper bulk 3/s and the 180/min account budget): the
 * bucket first (so bulk calls queue there without holding account slots), then the account; both
 * slots are held from the same request until a window after it settled.
 */
export function chain(outer: Limiter, inner: Limiter): Limiter {
  const acquire = async (): Promise<Grant> => {
    let o = await outer.acquire();
    let i: Grant;
    try {
      i = await inner.acquire();
    } catch (e) {
      o.release();
      throw e;
    }
    try {
      // A long wait for the account budget can outlast what Redis keeps of the bucket slot: retake it.
      for (let now = Date.now(); !o.live(now) || !i.live(now); now = Date.now()) {
        if (!o.live(now)) { o.release(); o = await outer.acquire(); }
        if (!i.live(Date.now())) { i.release(); i = await inner.acquire(); }
      }
    } catch (e) {
      o.release();
      i.release();
      throw e;
    }
    const [a, b] = [o, i];
    return {
      begin() {
        const [da, db] = [a.begin(), b.begin()];
        return (at = Date.now()) => { da(at); db(at); };
      },
      release() { a.release(); b.release(); },
      live: (now) => a.live(now) && b.live(now),
    };
  };
  return limiterOf(acquire, () => outer.queued() + inner.queued(), async () => { await outer.stop(); });
}

class LocalStore implements LimiterStore {
  readonly shared = false;
  private readonly all = new Set<Limiter>();
  async ready() {}
  limiter(rate: RateWindow, opts: LimiterOptions) {
    const l = rollingWindow(rate, opts);
    this.all.add(l);
    return l;
  }
  async close() {
    await Promise.all([...this.all].map((l) => l.stop()));
    this.all.clear();
  }
}

// ---------------------------------------------------------------------------------------------
// Redis

/** The URL as it may be shown: scheme, host, port and database, never a user name or password. */
export function safeRedisUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.hostname}${u.port ? `:${u.port}` : ''}${u.pathname && u.pathname !== '/' ? u.pathname : ''}`;
  } catch {
    return '(unparsable URL)';
  }
}

type Connection = Bottleneck.IORedisConnection & { ready: Promise<unknown> };

class RedisStore implements LimiterStore {
  readonly shared = true;
  private client?: IORedis;
  private subscriber?: IORedis;
  connection?: Connection;
  private connecting?: Promise<void>;
  private readonly windows = new Set<SharedWindow>();
  private up = false;
  private readonly onBack: (() => void)[] = [];
  private closed = false;
  /** The last Redis error seen since the connection was last healthy ('' when none). */
  lastError = '';

  constructor(private readonly url: string, readonly fallback: 'fail' | 'local') {}

  get healthy() { return this.up && !this.closed; }

  ready(): Promise<void> {
    this.connecting ??= this.connect().catch((e) => {
      this.connecting = undefined;
      throw e;
    });
    return this.connecting;
  }

  private redact(message: string): string {
    let out = message;
    try {
      const u = new URL(this.url);
      for (const s of [u.password, decodeURIComponent(u.password)]) if (s) out = out.split(s).join('***');
    } catch { /* unparsable: nothing to redact */ }
    return out;
  }

  private async connect(): Promise<void> {
    const where = safeRedisUrl(this.url);
    if (!/^rediss?:$/.test((() => { try { return new URL(this.url).protocol; } catch { return ''; } })())) {
      throw new ConfigError(`SWITCHBOARD_REDIS_URL must be a redis:// or rediss:// URL, got ${where}`);
    }
    // A bundled chunk of CommonJS may expose only `default` (esbuild splitting); plain Node names both.
    const mod = (await import('ioredis')) as unknown as { Redis?: typeof IORedis; default?: { Redis?: typeof IORedis } };
    const Redis = (mod.Redis ?? mod.default?.Redis)!;
    const client = new Redis({
      ...redisOptions(this.url),
      connectTimeout: 5000,
      // Fail a command at once when the connection is down: a call then gets an error (or the local
      // fallback) instead of waiting without limit for a reconnection.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      commandTimeout: 5000,
      retryStrategy: (n) => Math.min(n * 250, 2000),
    });
    this.client = client;
    client.on('error', () => {}); // reported below (start-up) or through the listeners added after it
    const firstError = new Promise<never>((_, reject) => {
      client.once('error', (e: Error) => reject(e));
      setTimeout(() => reject(new Error('no answer within 5 s')), 5000).unref();
    });
    try {
      await Promise.race([new Promise<void>((r) => client.once('ready', () => r())), firstError]);
      await Promise.race([client.ping(), firstError]);
      const connection = new Bottleneck.IORedisConnection({ client, Redis }) as Connection;
      this.subscriber = (connection as unknown as { subscriber: IORedis }).subscriber;
      await Promise.race([connection.ready, firstError]);
      this.connection = connection;
    } catch (e) {
      client.disconnect();
      this.subscriber?.disconnect();
      const err = e as { code?: string; message?: string };
      throw new ConfigError(`cannot use Redis at SWITCHBOARD_REDIS_URL (${where}): ${this.redact(err.code ?? err.message ?? String(e))}`);
    }
    this.up = true;
    for (const c of [client, this.subscriber!]) {
      c.on('error', (e: Error) => { this.lastError = this.redact(e.message); });
      c.on('close', () => this.lost());
      c.on('ready', () => this.back());
    }
    this.connection.on('error', () => {}); // reported through the clients' own events
  }

  private lost() {
    if (!this.up || this.closed) return;
    this.up = false;
    this.lastError ||= 'connection closed';
    log(this.fallback === 'local'
      ? `rate limits: lost Redis (SWITCHBOARD_REDIS_URL, ${this.lastError}); limiting per process until it is back (SWITCHBOARD_REDIS_FALLBACK=local: replicas together may exceed the shared budget meanwhile)`
      : `rate limits: lost Redis (SWITCHBOARD_REDIS_URL, ${this.lastError}); calls fail until it is back (SWITCHBOARD_REDIS_FALLBACK=fail)`);
    for (const w of this.windows) w.storeLost(this.lostError());
  }

  private back() {
    if (this.up || this.closed) return;
    if (this.client?.status !== 'ready' || this.subscriber?.status !== 'ready') return;
    this.up = true;
    this.lastError = '';
    log('rate limits: Redis is back; limits are shared again');
    for (const fn of this.onBack.splice(0)) fn();
    for (const w of this.windows) w.storeBack();
  }

  lostError(cause = this.lastError || 'not connected') {
    return new SharedLimitError(
      `the shared rate limit in Redis (SWITCHBOARD_REDIS_URL) is unreachable (${cause}); nothing was sent upstream. Retry shortly` +
        (this.fallback === 'fail' ? ' (SWITCHBOARD_REDIS_FALLBACK=local would limit per process meanwhile)' : ''),
    );
  }

  limiter(rate: RateWindow, opts: LimiterOptions): Limiter {
    const w = new SharedWindow(this, rate, opts);
    this.windows.add(w);
    return limiterOf(() => w.acquire(), () => w.queued(), () => w.stop());
  }

  /** Runs `fn` now if Redis is reachable, else once it is back (unsubscribing while it is down would fail). */
  whenHealthy(fn: () => void) {
    if (this.healthy) fn();
    else this.onBack.push(fn);
  }

  async close() {
    this.closed = true;
    // Ending the connection first makes bottleneck skip its unsubscribe calls (they fail while Redis is down).
    this.connection?.disconnect(false);
    this.client?.disconnect();
    this.subscriber?.disconnect();
    await Promise.all([...this.windows].map((w) => w.stop()));
    this.windows.clear();
    // Slots still held stay counted in Redis until their expiration: those requests did happen.
  }
}

/** A slot of this process: over at `end`, or still in flight (then `waiting` learn when it settled). */
interface Hold { end?: number; waiting: ((at: number) => void)[] }

/** One rolling window on Redis, with this process's own slots kept to seed a replacement. */
class SharedWindow {
  private remote?: Slots;
  private local?: Slots;
  private readonly holdMs: number;
  private readonly redisId: string;
  /** This process's slots on this window that are not over yet (to carry them into a new store). */
  private holds: Hold[] = [];

  constructor(private readonly store: RedisStore, private readonly rate: RateWindow, private readonly opts: LimiterOptions) {
    this.holdMs = holdOf(rate);
    this.redisId = `switchboard-mcp:${opts.id}:${opts.account ?? 'default'}:${rate.max}per${rate.windowMs}ms`;
  }

  queued() { return (this.remote?.waiting() ?? 0) + (this.local?.waiting() ?? 0); }

  async acquire(): Promise<Grant> {
    if (!this.store.healthy && !this.store.connection) {
      try { await this.store.ready(); } catch { /* reported below as unreachable */ }
    }
    if (this.store.healthy) {
      const pool = this.remote ?? (this.remote = this.create('redis'));
      try {
        return this.track(await pool.acquire());
      } catch (e) {
        if (e instanceof QueueFullError) throw e;
        if (!(e instanceof SharedLimitError)) {
          // A Redis command failed (timeout, script error…): this instance is done for; the next
          // call starts a fresh one.
          this.store.lastError = (e as Error).message;
          this.dropRemote(this.store.lostError((e as Error).message));
        }
      }
    }
    if (this.store.fallback === 'local') {
      const pool = this.local ?? (this.local = this.create('local'));
      return this.track(await pool.acquire());
    }
    throw this.store.lostError();
  }

  storeLost(e: SharedLimitError) { this.dropRemote(e); }

  storeBack() {
    // Per-process limiting ends; its slots are carried into the new Redis instance on first use.
    const l = this.local;
    this.local = undefined;
    if (l) {
      l.fail(this.store.lostError('superseded'));
      l.retire();
    }
  }

  private dropRemote(e: Error) {
    const r = this.remote;
    this.remote = undefined;
    if (!r) return;
    // Waiters go to the fallback (or fail) through acquire's catch; held slots end on their own and
    // are freed in Redis if it is back by then (else they expire there).
    r.fail(e);
    r.retire();
    this.store.whenHealthy(() => r.detach());
  }

  private track(g: Grant): Grant {
    return {
      begin: () => {
        const now = Date.now();
        if (this.holds.length > 4 * this.rate.max) this.holds = this.holds.filter((h) => h.end === undefined || h.end > now);
        const h: Hold = { waiting: [] };
        this.holds.push(h);
        const settled = g.begin();
        return (at = Date.now()) => {
          settled(at);
          if (h.end !== undefined) return;
          h.end = at + this.holdMs;
          for (const f of h.waiting.splice(0)) f(at);
        };
      },
      release: () => g.release(),
      live: (now) => g.live(now),
    };
  }

  private create(kind: 'redis' | 'local'): Slots {
    let s: Slots;
    if (kind === 'redis') {
      const b = new Bottleneck({
        id: this.redisId,
        maxConcurrent: this.rate.max,
        highWater: this.opts.highWater ?? 1000,
        strategy: Bottleneck.strategy.OVERFLOW,
        connection: this.store.connection,
        clearDatastore: false,
        timeout: IDLE_KEY_TTL_MS,
        // The heartbeat is also what frees a dead process's expired slots when nobody else calls.
        heartbeatInterval: 1000,
      });
      const expiration = this.holdMs + EXPIRY_SLACK_MS;
      s = slots(b, this.opts, this.holdMs, expiration);
      // bottleneck reports Redis failures of queued jobs only as events: without this a waiter could wait forever.
      b.on('error', (e: Error) => {
        if (this.remote === s) {
          this.store.lastError = e.message;
          this.dropRemote(this.store.lostError(e.message));
        }
      });
      b.ready().catch(() => {}); // a failed init surfaces through the jobs (and the event above)
    } else {
      const b = withoutTimerYields(new Bottleneck({ id: this.opts.id, maxConcurrent: this.rate.max, highWater: this.opts.highWater ?? 1000, strategy: Bottleneck.strategy.OVERFLOW }));
      s = slots(b, this.opts, this.holdMs);
    }
    // This process's slots not over yet (in the store being replaced) are taken first in the new one:
    // if Redis came back empty, or for the local fallback, they are still counted — a request still
    // in flight until a window after it settles.
    const now = Date.now();
    this.holds = this.holds.filter((h) => h.end === undefined || h.end > now + 5);
    for (const h of this.holds) {
      s.acquire(0).then((g) => {
        const settled = g.begin();
        if (h.end !== undefined) settled(h.end - this.holdMs);
        else h.waiting.push(settled);
      }, () => {});
    }
    return s;
  }

  async stop() {
    const r = this.remote;
    const l = this.local;
    this.remote = undefined;
    this.local = undefined;
    await Promise.all([r?.stop(), l?.stop()]);
  }
}

/**
 * ioredis options from a redis:// or rediss:// URL, parsed with the WHATWG URL parser: handing
 * ioredis the URL itself makes it call the legacy `url.parse()`, which Node 24 deprecates (DEP0169)
 * with a warning on every start.
 */
export function redisOptions(url: string): { host: string; port: number; username?: string; password?: string; db?: number; tls?: { servername: string } } {
  const u = new URL(url);
  const host = u.hostname.replace(/^\[(.*)\]$/, '$1');
  const db = u.pathname.length > 1 ? Number(decodeURIComponent(u.pathname.slice(1))) : undefined;
  if (db !== undefined && !Number.isInteger(db)) throw new ConfigError('SWITCHBOARD_REDIS_URL: the path must be a database number, e.g. redis://host:6379/0');
  return {
    host,
    port: u.port ? Number(u.port) : 6379,
    ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
    ...(db !== undefined ? { db } : {}),
    ...(u.protocol === 'rediss:' ? { tls: { servername: host } } : {}),
  };
}
