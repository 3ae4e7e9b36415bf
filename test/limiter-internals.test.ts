// What the limiter relies on inside bottleneck, and the bucket chain through the real server.
//
// src/limiter/window.ts replaces `_store.yieldLoop` of bottleneck's in-process datastore (a private
// method) so that each datastore step stops costing a clamped setTimeout(0). These tests fail if a
// bottleneck upgrade moves, renames or reshapes that internal — the patch would then silently do
// nothing (or break the store) — and check, through a real limiter, the behaviour it exists for.
import Bottleneck from 'bottleneck';
import { createRequire } from 'node:module';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { localBottleneck, rollingWindow, withoutTimerYields } from '../src/limiter/window.js';
import { startHarness, type Harness } from './harness.js';

const require = createRequire(import.meta.url);
const LocalDatastore = require('bottleneck/lib/LocalDatastore.js') as { prototype: Record<string, unknown> };
const RedisDatastore = require('bottleneck/lib/RedisDatastore.js') as { prototype: Record<string, unknown> };

/** setTimeout calls made from bottleneck's in-process datastore while `run` runs. */
async function datastoreTimers(run: () => Promise<void>): Promise<{ timers: number; ms: number }> {
  const real = globalThis.setTimeout;
  let timers = 0;
  const spy = vi.spyOn(globalThis, 'setTimeout').mockImplementation(((fn: () => void, ms?: number, ...rest: unknown[]) => {
    if (/bottleneck[\\/]lib[\\/]LocalDatastore\.js/.test(new Error().stack ?? '')) timers++;
    return real(fn, ms, ...rest);
  }) as typeof setTimeout);
  const started = performance.now();
  try {
    await run();
  } finally {
    spy.mockRestore();
  }
  return { timers, ms: performance.now() - started };
}

const CYCLES = 100;

describe("bottleneck's in-process datastore, as the limiter patches it", () => {
  afterEach(() => vi.restoreAllMocks());

  it('a new Bottleneck keeps its datastore in `_store`, a LocalDatastore whose steps await `yieldLoop(t = 0)`', () => {
    const store = (new Bottleneck() as unknown as { _store: object })._store;
    expect(store).toBeInstanceOf(LocalDatastore as unknown as new () => object);
    expect(typeof LocalDatastore.prototype.yieldLoop).toBe('function');
    // The steps the patch speeds up still go through it (submit, register, free).
    for (const step of ['__submit__', '__register__', '__free__']) {
      expect(String(LocalDatastore.prototype[step]), step).toMatch(/\.yieldLoop\(\)/);
    }
    // A Redis-backed instance has no such method: the patch leaves it alone.
    expect(RedisDatastore.prototype.yieldLoop).toBeUndefined();
  });

  it('the stock yieldLoop(0) waits on a setTimeout; the patched one on none, and yieldLoop(t > 0) still waits t', async () => {
    const stock = new Bottleneck() as unknown as { _store: { yieldLoop(t?: number): Promise<void> } };
    const before = await datastoreTimers(() => stock._store.yieldLoop());
    expect(before.timers).toBe(1);

    const patched = withoutTimerYields(new Bottleneck()) as unknown as { _store: { yieldLoop(t?: number): Promise<void> } };
    expect(patched._store.yieldLoop).not.toBe(LocalDatastore.prototype.yieldLoop);
    const after = await datastoreTimers(() => patched._store.yieldLoop());
    expect(after.timers).toBe(0);
    const t0 = performance.now();
    await patched._store.yieldLoop(30);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(25);
  });

  it('through a real limiter: no datastore timer per call, so a call costs well under the ~2 ms of clamped timers', async () => {
    // Control: the same bottleneck settings without the patch pay a clamped timer per datastore step.
    const stock = new Bottleneck({ maxConcurrent: 10, highWater: 1000, strategy: Bottleneck.strategy.OVERFLOW });
    const unpatched = await datastoreTimers(async () => {
      for (let i = 0; i < CYCLES; i++) await stock.schedule(async () => {});
    });
    expect(unpatched.timers).toBeGreaterThanOrEqual(2 * CYCLES);
    expect(unpatched.ms).toBeGreaterThanOrEqual(2 * CYCLES); // Node clamps each to ≥ 1 ms

    // The limiter's own local instance is patched…
    expect(
      (localBottleneck({ max: 1, windowMs: 1000 }, { id: 'probe' }) as unknown as { _store: { yieldLoop: unknown } })._store.yieldLoop,
    ).not.toBe(LocalDatastore.prototype.yieldLoop);
    // …and a real rolling window takes and gives back slots without any datastore timer.
    const limiter = rollingWindow({ max: 10, windowMs: 1000 }, { id: 'internals' });
    const patched = await datastoreTimers(async () => {
      for (let i = 0; i < CYCLES; i++) (await limiter.acquire()).release();
    });
    await limiter.stop();
    expect(patched.timers).toBe(0);
    expect(patched.ms).toBeLessThan(unpatched.ms / 2);
  });

  it('the patched store still limits: N slots, the N+1th waits until one is given back', async () => {
    const limiter = rollingWindow({ max: 2, windowMs: 1000 }, { id: 'internals-limit' });
    const [a] = [await limiter.acquire(), await limiter.acquire()];
    let third = false;
    const pending = limiter.acquire().then((g) => {
      third = true;
      return g;
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(third).toBe(false);
    a.release();
    (await pending).release();
    expect(third).toBe(true);
    await limiter.stop();
  });
});

// Copper's bulk endpoints declare `bucket: 'bulk'`: each call draws a slot from the 3/s bulk bucket
// and one from the account's budget (src/limiter/window.ts `chain`), both held a window after it.
describe('a bulk call draws from both the bulk bucket and the account budget', () => {
  const bulk = (h: Harness, name: string) => h.call('copper_bulk_create_people', { people: [{ name }] });

  describe('account budget 2/1s (tighter than the bucket)', () => {
    let h: Harness;
    beforeAll(async () => {
      h = await startHarness({ rateLimit: '2/1s', emulator: { rateLimit: '2/1s' } });
    });
    afterAll(async () => {
      await h.close();
    });

    it('bulk calls use up the account budget: an ordinary call after two of them waits for the window', async () => {
      const n = h.emulator.requests.length;
      for (const r of await Promise.all([bulk(h, 'A1'), bulk(h, 'A2')])) expect(r.isError, r.text).toBeFalsy();
      const r = await h.call('copper_get_account');
      expect(r.isError, r.text).toBeFalsy();
      const sent = h.emulator.requests.slice(n);
      expect(sent.map((q) => q.path)).toEqual(['/people/bulk_create', '/people/bulk_create', '/account']);
      expect(sent.every((q) => q.status !== 429)).toBe(true);
      expect(sent[2].at - Math.max(sent[0].at, sent[1].at)).toBeGreaterThanOrEqual(950);
    });

    it('a bulk call waits for the account budget although its bucket has room', async () => {
      await new Promise((r) => setTimeout(r, 1100)); // the previous test's slots are over
      const n = h.emulator.requests.length;
      for (const r of await Promise.all([h.call('copper_get_account'), h.call('copper_get_account')]))
        expect(r.isError, r.text).toBeFalsy();
      const r = await bulk(h, 'B1');
      expect(r.isError, r.text).toBeFalsy();
      const sent = h.emulator.requests.slice(n);
      expect(sent.map((q) => q.path)).toEqual(['/account', '/account', '/people/bulk_create']);
      expect(sent[2].at - Math.max(sent[0].at, sent[1].at)).toBeGreaterThanOrEqual(950);
    });
  });

  describe('account budget 20/1s (looser than the bucket)', () => {
    let h: Harness;
    beforeAll(async () => {
      h = await startHarness({ rateLimit: '20/1s' });
    });
    afterAll(async () => {
      await h.close();
    });

    it('four bulk calls at once: three go out, the fourth waits for the bucket; four ordinary calls do not wait', async () => {
      let n = h.emulator.requests.length;
      for (const r of await Promise.all([1, 2, 3, 4].map(() => h.call('copper_get_account')))) expect(r.isError, r.text).toBeFalsy();
      let sent = h.emulator.requests
        .slice(n)
        .map((q) => q.at)
        .sort((x, y) => x - y);
      expect(sent.at(-1)! - sent[0]).toBeLessThan(500);

      n = h.emulator.requests.length;
      for (const r of await Promise.all(['C1', 'C2', 'C3', 'C4'].map((name) => bulk(h, name)))) expect(r.isError, r.text).toBeFalsy();
      sent = h.emulator.requests
        .slice(n)
        .map((q) => q.at)
        .sort((x, y) => x - y);
      expect(sent).toHaveLength(4);
      expect(sent[2] - sent[0]).toBeLessThan(500);
      expect(sent[3] - sent[0]).toBeGreaterThanOrEqual(950);
    });
  });
});
