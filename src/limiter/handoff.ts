// Moving this process's held slots from one store to the next.
//
// A shared window changes store when Redis goes away (to the per-process fallback, or to nothing),
// comes back (a fresh Redis-backed instance), or fails a command (the next call starts a fresh
// one). The requests this process sent in the last window still count upstream whichever store
// kept them: a new store that starts empty would let this process send a whole window more. So the
// window remembers its own slots that are not over yet — a request still in flight, or settled less
// than a hold ago — and takes them first in each new store, each held until the moment its old slot
// ends.
import type { Grant, Slots } from './window.js';

/** A slot of this process: over at `end`, or still in flight (then `onSettled` learn when it settled). */
interface Hold {
  end?: number;
  onSettled: ((at: number) => void)[];
}

export class HeldSlots {
  /** This process's slots on this window that are not over yet (to carry them into a new store). */
  private holds: Hold[] = [];

  constructor(
    private readonly holdMs: number,
    private readonly max: number,
  ) {}

  /** `grant`, remembered from its `begin` until its hold is over. */
  track(grant: Grant): Grant {
    return {
      begin: () => {
        const now = Date.now();
        if (this.holds.length > 4 * this.max) this.holds = this.holds.filter((hold) => hold.end === undefined || hold.end > now);
        const hold: Hold = { onSettled: [] };
        this.holds.push(hold);
        const settled = grant.begin();
        return (at = Date.now()) => {
          settled(at);
          if (hold.end !== undefined) return;
          hold.end = at + this.holdMs;
          for (const settleCopy of hold.onSettled.splice(0)) settleCopy(at);
        };
      },
      release: () => grant.release(),
      live: (now) => grant.live(now),
    };
  }

  /**
   * This process's slots not over yet (in the store being replaced) are taken first in `into`: if
   * Redis came back empty, or for the local fallback, they are still counted — a request still in
   * flight until a window after it settles.
   */
  carryInto(into: Slots): void {
    const now = Date.now();
    this.holds = this.holds.filter((hold) => hold.end === undefined || hold.end > now + 5);
    for (const hold of this.holds) {
      into.acquire(0).then(
        (grant) => {
          const settled = grant.begin();
          if (hold.end !== undefined) settled(hold.end - this.holdMs);
          else hold.onSettled.push(settled);
        },
        () => {},
      );
    }
  }
}
