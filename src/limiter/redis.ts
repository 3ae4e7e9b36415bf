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
// Each change of store carries this process's held slots into the next (./handoff.ts).
import Bottleneck from 'bottleneck';
import type { Redis as IORedis } from 'ioredis';
import { ConfigError } from '../config.js';
import { log } from '../log.js';
import { HeldSlots } from './handoff.js';
import {
  QueueFullError,
  holdOf,
  limiterOf,
  localBottleneck,
  slots,
  type Grant,
  type Limiter,
  type LimiterOptions,
  type LimiterStore,
  type RateWindow,
  type Slots,
} from './window.js';

/** The shared budget (Redis) could not be consulted: nothing was sent upstream. */
export class SharedLimitError extends Error {}

/** How long after its hold a slot of a vanished process stays counted in Redis. */
const EXPIRY_SLACK_MS = 5000;
/** Redis keys of a budget nobody used for this long are dropped (bottleneck `timeout`). */
const IDLE_KEY_TTL_MS = 15 * 60_000;

/** The URL as it may be shown: scheme, host, port and database, never a user name or password. */
function safeRedisUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.hostname}${u.port ? `:${u.port}` : ''}${u.pathname && u.pathname !== '/' ? u.pathname : ''}`;
  } catch {
    return '(unparsable URL)';
  }
}

/**
 * ioredis options from a redis:// or rediss:// URL, parsed with the WHATWG URL parser: handing
 * ioredis the URL itself makes it call the legacy `url.parse()`, which Node 24 deprecates (DEP0169)
 * with a warning on every start.
 */
function redisOptions(url: string): {
  host: string;
  port: number;
  username?: string;
  password?: string;
  db?: number;
  tls?: { servername: string };
} {
  const u = new URL(url);
  const host = u.hostname.replace(/^\[(.*)\]$/, '$1');
  const db = u.pathname.length > 1 ? Number(decodeURIComponent(u.pathname.slice(1))) : undefined;
  if (db !== undefined && !Number.isInteger(db))
    throw new ConfigError('SWITCHBOARD_REDIS_URL: the path must be a database number, e.g. redis://host:6379/0');
  return {
    host,
    port: u.port ? Number(u.port) : 6379,
    ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
    ...(db !== undefined ? { db } : {}),
    ...(u.protocol === 'rediss:' ? { tls: { servername: host } } : {}),
  };
}

type Connection = Bottleneck.IORedisConnection & { ready: Promise<unknown> };

/** Redis as the limiters' store: its connection, its health, and the fallback while it is lost. */
export class RedisStore implements LimiterStore {
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

  constructor(
    private readonly url: string,
    readonly fallback: 'fail' | 'local',
  ) {}

  get healthy() {
    return this.up && !this.closed;
  }

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
      for (const secret of [u.password, decodeURIComponent(u.password)]) if (secret) out = out.split(secret).join('***');
    } catch {
      /* unparsable: nothing to redact */
    }
    return out;
  }

  private async connect(): Promise<void> {
    const where = safeRedisUrl(this.url);
    if (
      !/^rediss?:$/.test(
        (() => {
          try {
            return new URL(this.url).protocol;
          } catch {
            return '';
          }
        })(),
      )
    ) {
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
      retryStrategy: (attempt) => Math.min(attempt * 250, 2000),
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
    for (const redis of [client, this.subscriber!]) {
      redis.on('error', (e: Error) => {
        this.lastError = this.redact(e.message);
      });
      redis.on('close', () => this.lost());
      redis.on('ready', () => this.back());
    }
    this.connection.on('error', () => {}); // reported through the clients' own events
  }

  private lost() {
    if (!this.up || this.closed) return;
    this.up = false;
    this.lastError ||= 'connection closed';
    log(
      this.fallback === 'local'
        ? `rate limits: lost Redis (SWITCHBOARD_REDIS_URL, ${this.lastError}); limiting per process until it is back (SWITCHBOARD_REDIS_FALLBACK=local: replicas together may exceed the shared budget meanwhile)`
        : `rate limits: lost Redis (SWITCHBOARD_REDIS_URL, ${this.lastError}); calls fail until it is back (SWITCHBOARD_REDIS_FALLBACK=fail)`,
    );
    for (const window of this.windows) window.storeLost(this.lostError());
  }

  private back() {
    if (this.up || this.closed) return;
    if (this.client?.status !== 'ready' || this.subscriber?.status !== 'ready') return;
    this.up = true;
    this.lastError = '';
    log('rate limits: Redis is back; limits are shared again');
    for (const fn of this.onBack.splice(0)) fn();
    for (const window of this.windows) window.storeBack();
  }

  lostError(cause = this.lastError || 'not connected') {
    return new SharedLimitError(
      `the shared rate limit in Redis (SWITCHBOARD_REDIS_URL) is unreachable (${cause}); nothing was sent upstream. Retry shortly` +
        (this.fallback === 'fail' ? ' (SWITCHBOARD_REDIS_FALLBACK=local would limit per process meanwhile)' : ''),
    );
  }

  limiter(rate: RateWindow, opts: LimiterOptions): Limiter {
    const window = new SharedWindow(this, rate, opts);
    this.windows.add(window);
    return limiterOf(
      () => window.acquire(),
      () => window.stop(),
    );
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
    await Promise.all([...this.windows].map((window) => window.stop()));
    this.windows.clear();
    // Slots still held stay counted in Redis until their expiration: those requests did happen.
  }
}

/** One rolling window on Redis, with this process's own slots kept to seed a replacement. */
class SharedWindow {
  private remote?: Slots;
  /** The per-process fallback while Redis is lost (SWITCHBOARD_REDIS_FALLBACK=local). */
  private local?: Slots;
  private readonly holdMs: number;
  private readonly redisId: string;
  private readonly held: HeldSlots;

  constructor(
    private readonly store: RedisStore,
    private readonly rate: RateWindow,
    private readonly opts: LimiterOptions,
  ) {
    this.holdMs = holdOf(rate);
    this.redisId = `switchboard-mcp:${opts.id}:${opts.account ?? 'default'}:${rate.max}per${rate.windowMs}ms`;
    this.held = new HeldSlots(this.holdMs, rate.max);
  }

  async acquire(): Promise<Grant> {
    if (!this.store.healthy && !this.store.connection) {
      try {
        await this.store.ready();
      } catch {
        /* reported below as unreachable */
      }
    }
    if (this.store.healthy) {
      const remote = this.remote ?? (this.remote = this.create('redis'));
      try {
        return this.held.track(await remote.acquire());
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
      const local = this.local ?? (this.local = this.create('local'));
      return this.held.track(await local.acquire());
    }
    throw this.store.lostError();
  }

  storeLost(e: SharedLimitError) {
    this.dropRemote(e);
  }

  storeBack() {
    // Per-process limiting ends; its slots are carried into the new Redis instance on first use.
    const local = this.local;
    this.local = undefined;
    if (local) {
      local.fail(this.store.lostError('superseded'));
      local.retire();
    }
  }

  private dropRemote(e: Error) {
    const remote = this.remote;
    this.remote = undefined;
    if (!remote) return;
    // Waiters go to the fallback (or fail) through acquire's catch; held slots end on their own and
    // are freed in Redis if it is back by then (else they expire there).
    remote.fail(e);
    remote.retire();
    this.store.whenHealthy(() => remote.detach());
  }

  private create(kind: 'redis' | 'local'): Slots {
    let created: Slots;
    if (kind === 'redis') {
      const bottleneck = new Bottleneck({
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
      const remote = slots(bottleneck, this.opts, this.holdMs, expiration);
      created = remote;
      // bottleneck reports Redis failures of queued jobs only as events: without this a waiter could wait forever.
      bottleneck.on('error', (e: Error) => {
        if (this.remote === remote) {
          this.store.lastError = e.message;
          this.dropRemote(this.store.lostError(e.message));
        }
      });
      bottleneck.ready().catch(() => {}); // a failed init surfaces through the jobs (and the event above)
    } else {
      created = slots(localBottleneck(this.rate, this.opts), this.opts, this.holdMs);
    }
    this.held.carryInto(created);
    return created;
  }

  async stop() {
    const remote = this.remote;
    const local = this.local;
    this.remote = undefined;
    this.local = undefined;
    await Promise.all([remote?.stop(), local?.stop()]);
  }
}
