// Rolling-window rate limiting on bottleneck. A reservoir of N where each job's start gives its unit
// back one window later holds "no more than N starts in any window" exactly, lets a burst of N go
// when the window is empty, and works unchanged with bottleneck's Redis clustering. (Its
// reservoirRefreshInterval is a fixed window that can start 2N across a boundary; minTime forbids bursts.)
import Bottleneck from 'bottleneck';

export class QueueFullError extends Error {}

export interface RateWindow { max: number; windowMs: number }

/** The upstream counts arrivals, not our starts: hand a unit back a little after the window. */
export const marginMs = (windowMs: number) => Math.min(1000, Math.max(20, Math.round(windowMs * 0.02)));

export interface Limiter {
  schedule<T>(fn: () => Promise<T>): Promise<T>;
  /** Jobs waiting for a unit. */
  queued(): number;
  stop(): Promise<void>;
}

export function rollingWindow(rate: RateWindow, opts: { id: string; highWater?: number } & Bottleneck.ConstructorOptions): Limiter {
  const { highWater = 1000, ...rest } = opts;
  const bottleneck = new Bottleneck({
    reservoir: rate.max,
    maxConcurrent: null,
    highWater,
    strategy: Bottleneck.strategy.OVERFLOW,
    ...rest,
  });
  const timers = new Set<NodeJS.Timeout>();
  const giveBack = () => {
    const t = setTimeout(() => {
      timers.delete(t);
      void bottleneck.incrementReservoir(1).catch(() => {});
    }, rate.windowMs + marginMs(rate.windowMs));
    t.unref();
    timers.add(t);
  };
  return {
    async schedule<T>(fn: () => Promise<T>) {
      try {
        return await bottleneck.schedule(() => {
          giveBack();
          return fn();
        });
      } catch (e) {
        if (e instanceof Bottleneck.BottleneckError && /dropped/i.test(e.message)) {
          throw new QueueFullError(`more than ${highWater} calls are already waiting for the ${opts.id} rate limit`);
        }
        throw e;
      }
    },
    queued: () => bottleneck.queued(),
    async stop() {
      for (const t of timers) clearTimeout(t);
      await bottleneck.disconnect(false).catch(() => {});
    },
  };
}

/** A call that must pass several buckets (e.g. Copper bulk 3/s and the 180/min account budget). */
export function chain(outer: Limiter, inner: Limiter): Limiter {
  return {
    schedule: (fn) => outer.schedule(() => inner.schedule(fn)),
    queued: () => outer.queued() + inner.queued(),
    stop: async () => { await outer.stop(); },
  };
}
