// The rolling window, on bottleneck slots.
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
// The same slots serve a window kept in this process (rollingWindow) and one kept in Redis
// (./redis.ts gives `slots` a Redis-backed bottleneck and an expiration).
import Bottleneck from 'bottleneck';
import { setTimeout as sleep } from 'node:timers/promises';

export class QueueFullError extends Error {}

export interface RateWindow {
  max: number;
  windowMs: number;
}

/** Timer, clock and upstream bookkeeping granularity: hold a slot a little longer than the window. */
const marginMs = (windowMs: number) => Math.min(1000, Math.max(20, Math.round(windowMs * 0.02)));

/** How long a slot stays held after its request settled: the window and its margin. */
export const holdOf = (rate: RateWindow) => rate.windowMs + marginMs(rate.windowMs);

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
  /** Connects and verifies the store (Redis); a failure is a ConfigError naming SWITCHBOARD_REDIS_URL. */
  ready(): Promise<void>;
  limiter(rate: RateWindow, opts: LimiterOptions): Limiter;
  close(): Promise<void>;
}

/** The slots of one bottleneck instance. */
export interface Slots {
  acquire(priority?: number): Promise<Grant>;
  /** Fails every waiter with `e` and refuses new ones; held slots keep their timers. */
  fail(e: Error): void;
  /** Drops the jobs still queued (their callers were failed); held slots run out and are freed. */
  retire(): void;
  /** Leaves the store (unsubscribes); safe only while Redis is reachable or after the connection ended. */
  detach(): void;
  /** Retires, clears the hold timers and detaches (shutdown). */
  stop(): Promise<void>;
}

/**
 * bottleneck's in-process datastore defers each step (submit, register, free) on setTimeout(0),
 * which Node clamps to 1 ms: ~2 ms before every call. The deferral only imitates a remote store; a
 * resolved promise keeps each step asynchronous without the clamp. (bottleneck is pinned at 2.19.5,
 * its last release; a Redis-backed instance has no such method and is left alone.
 * test/limiter-internals.test.ts fails if an upgrade moves or renames what this replaces.)
 */
export function withoutTimerYields(bottleneck: Bottleneck): Bottleneck {
  const store = (bottleneck as unknown as { _store?: { yieldLoop?: (t?: number) => Promise<void> } })._store;
  if (store && typeof store.yieldLoop === 'function') {
    store.yieldLoop = (ms = 0) => (ms > 0 ? sleep(ms) : Promise.resolve());
  }
  return bottleneck;
}

/** A bottleneck instance kept in this process, holding `rate.max` slots. */
export function localBottleneck(rate: RateWindow, opts: LimiterOptions): Bottleneck {
  return withoutTimerYields(
    new Bottleneck({ id: opts.id, maxConcurrent: rate.max, highWater: opts.highWater ?? 1000, strategy: Bottleneck.strategy.OVERFLOW }),
  );
}

let jobSeq = 0;

/**
 * Slots on `bottleneck`, each held `holdMs` after its request settled. With `expirationMs` (Redis) the
 * store forgets a slot that long after its grant, whatever its holder does.
 */
export function slots(bottleneck: Bottleneck, opts: LimiterOptions, holdMs: number, expirationMs?: number): Slots {
  const waiters = new Set<(e: Error) => void>();
  const holdTimers = new Set<NodeJS.Timeout>();
  let failedWith: Error | undefined;
  const highWater = opts.highWater ?? 1000;
  // A slot counts from its registration ("scheduled": bottleneck's RUNNING state, in Redis too), so
  // the caller may start right then instead of after the job's own start (one more timer tick).
  const onScheduled = new Map<string, () => void>();
  bottleneck.on('scheduled', (info: { options: { id: string } }) => {
    const granted = onScheduled.get(info.options.id);
    onScheduled.delete(info.options.id);
    granted?.();
  });
  return {
    acquire(priority = 5) {
      if (failedWith) return Promise.reject(failedWith);
      return new Promise<Grant>((resolve, reject) => {
        const jobId = `${opts.id}#${++jobSeq}`;
        /** The caller has its answer (a grant or an error). */
        let answered = false;
        let granted = false;
        let expired = false;
        let grantedAt = 0;
        let state: 'granted' | 'held' | 'done' = 'granted';
        /** The slot's use is over: the job may end (now, or as soon as it starts). */
        let over = false;
        let endJob: (() => void) | undefined;
        const finish = () => {
          over = true;
          endJob?.();
        };
        const grant: Grant = {
          begin() {
            if (state !== 'granted') return () => {};
            state = 'held';
            let settled = false;
            return (at = Date.now()) => {
              if (settled) return;
              settled = true;
              const holdTimer = setTimeout(
                () => {
                  holdTimers.delete(holdTimer);
                  state = 'done';
                  finish();
                },
                Math.max(0, at + holdMs - Date.now()),
              );
              holdTimer.unref();
              holdTimers.add(holdTimer);
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
          if (answered) return;
          answered = true;
          waiters.delete(fail);
          onScheduled.delete(jobId);
          reject(e);
        };
        waiters.add(fail);
        onScheduled.set(jobId, () => {
          granted = true;
          grantedAt = Date.now();
          if (answered) return grant.release(); // the caller gave up meanwhile: nothing will use this slot
          answered = true;
          waiters.delete(fail);
          resolve(grant);
        });
        // The job itself only keeps the slot until the hold ends.
        bottleneck
          .schedule(
            { id: jobId, priority, expiration: expirationMs },
            () =>
              new Promise<void>((end) => {
                if (over) end();
                else endJob = end;
              }),
          )
          .catch((e: unknown) => {
            if (granted) {
              expired = true;
              return;
            } // the store let the slot go (job expiration)
            if (e instanceof Bottleneck.BottleneckError && /dropped/i.test(e.message)) {
              fail(new QueueFullError(`more than ${highWater} calls are already waiting for the ${opts.id} rate limit`));
            } else fail(e instanceof Error ? e : new Error(String(e)));
          });
      });
    },
    fail(e) {
      failedWith = e;
      for (const failWaiter of [...waiters]) failWaiter(e);
    },
    retire() {
      bottleneck.stop({ dropWaitingJobs: true }).catch(() => {});
    },
    detach() {
      try {
        void Promise.resolve(bottleneck.disconnect(false)).catch(() => {});
      } catch {
        /* already gone */
      }
    },
    async stop() {
      for (const holdTimer of holdTimers) clearTimeout(holdTimer);
      holdTimers.clear();
      // With a shared connection this only unsubscribes (and may return nothing rather than a promise).
      try {
        await Promise.resolve(bottleneck.disconnect(false)).catch(() => {});
      } catch {
        /* already gone */
      }
    },
  };
}

/** A Limiter from a way to take a slot: `schedule` holds one from the call's start until a window after it settled. */
export function limiterOf(acquire: () => Promise<Grant>, stop: () => Promise<void>): Limiter {
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
    stop,
  };
}

/** A rolling window kept in this process. */
export function rollingWindow(rate: RateWindow, opts: LimiterOptions): Limiter {
  const windowSlots = slots(localBottleneck(rate, opts), opts, holdOf(rate));
  return limiterOf(
    () => windowSlots.acquire(),
    () => windowSlots.stop(),
  );
}

/**
 * A call that must pass several buckets (e.g. Copper bulk 3/s and the 180/min account budget): the
 * bucket first (so bulk calls queue there without holding account slots), then the account; both
 * slots are held from the same request until a window after it settled.
 */
export function chain(outer: Limiter, inner: Limiter): Limiter {
  const acquire = async (): Promise<Grant> => {
    let outerGrant = await outer.acquire();
    let innerGrant: Grant;
    try {
      innerGrant = await inner.acquire();
    } catch (e) {
      outerGrant.release();
      throw e;
    }
    try {
      // A long wait for the account budget can outlast what Redis keeps of the bucket slot: retake it.
      for (let now = Date.now(); !outerGrant.live(now) || !innerGrant.live(now); now = Date.now()) {
        if (!outerGrant.live(now)) {
          outerGrant.release();
          outerGrant = await outer.acquire();
        }
        if (!innerGrant.live(Date.now())) {
          innerGrant.release();
          innerGrant = await inner.acquire();
        }
      }
    } catch (e) {
      outerGrant.release();
      innerGrant.release();
      throw e;
    }
    const [bucket, account] = [outerGrant, innerGrant];
    return {
      begin() {
        const [settleBucket, settleAccount] = [bucket.begin(), account.begin()];
        return (at = Date.now()) => {
          settleBucket(at);
          settleAccount(at);
        };
      },
      release() {
        bucket.release();
        account.release();
      },
      live: (now) => bucket.live(now) && account.live(now),
    };
  };
  // The inner limiter (the account's) is shared with the API's other calls: only the bucket stops here.
  return limiterOf(acquire, async () => {
    await outer.stop();
  });
}
