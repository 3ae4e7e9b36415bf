// Rate limiting: what callers use. A rolling window of N per D on bottleneck slots
// (./limiter/window.ts), kept in this process or shared by every replica through Redis
// (./limiter/redis.ts: its health and the fallback while it is lost), whose changes of store carry
// this process's held slots along (./limiter/handoff.ts).
import { createHash } from 'node:crypto';
import { RedisStore } from './limiter/redis.js';
import { rollingWindow, type Limiter, type LimiterOptions, type LimiterStore, type RateWindow } from './limiter/window.js';

export { chain, QueueFullError, type Limiter } from './limiter/window.js';

export interface StoreSettings {
  redisUrl?: string;
  redisFallback?: 'fail' | 'local';
}

/** A stable, non-secret key for an upstream account: a truncated SHA-256 of API id, base URL and credentials. */
export function accountKey(apiId: string, credentials: Record<string, string>, baseUrl: string): string {
  const hash = createHash('sha256').update(`switchboard-mcp/account/v1\0${apiId}\0${baseUrl}`);
  for (const name of Object.keys(credentials).sort()) hash.update(`\0${name}=${credentials[name]}`);
  return hash.digest('hex').slice(0, 16);
}

/** Every limiter of this process, each its own rolling window. */
class LocalStore implements LimiterStore {
  private readonly all = new Set<Limiter>();
  async ready() {}
  limiter(rate: RateWindow, opts: LimiterOptions) {
    const limiter = rollingWindow(rate, opts);
    this.all.add(limiter);
    return limiter;
  }
  async close() {
    await Promise.all([...this.all].map((limiter) => limiter.stop()));
    this.all.clear();
  }
}

const stores = new WeakMap<object, LimiterStore>();

/** The store for these settings, created once per settings object (no connection until ready() or first use). */
export function limiterStore(settings: StoreSettings): LimiterStore {
  let store = stores.get(settings);
  if (!store) {
    store = settings.redisUrl ? new RedisStore(settings.redisUrl, settings.redisFallback ?? 'fail') : new LocalStore();
    stores.set(settings, store);
  }
  return store;
}
