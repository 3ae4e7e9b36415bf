// 1. Cold start: spawn → initialize → first tools/list answer over stdio, the real server with all
// four toolsets (--sandbox) against a bare SDK v2 server with one tool, bundled with the same esbuild
// options. Runs alternate so both see the same machine load; medians are compared.
import { BARE, buildBare, CLI, connectStdio, fmt, log, median, type Figure } from './lib.js';

async function once(args: string[]): Promise<{ ms: number; tools: number }> {
  const t0 = performance.now();
  const s = await connectStdio(args);
  const { tools } = await s.client.listTools();
  const ms = performance.now() - t0;
  await s.close();
  return { ms, tools: tools.length };
}

export async function coldStart(runs = 21): Promise<{ figures: Figure[]; detail: Record<string, unknown> }> {
  await buildBare();
  const ours: number[] = [];
  const bare: number[] = [];
  let toolCount = 0;
  for (let i = 0; i < 2; i++) {
    await once([CLI, '--sandbox']);
    await once([BARE]);
  } // warm the file cache
  for (let i = 0; i < runs; i++) {
    // Alternate which goes first, so neither always follows the other.
    const order = i % 2 ? [[CLI, '--sandbox'], [BARE]] : [[BARE], [CLI, '--sandbox']];
    for (const args of order) {
      const r = await once(args);
      (args[0] === BARE ? bare : ours).push(r.ms);
      if (args[0] === CLI) toolCount = r.tools;
    }
  }
  const ratio = median(ours) / median(bare);
  // The ratio of each alternating pair, as a second view that cancels slow drifts of the machine.
  const pairs = ours.map((o, i) => o / bare[i]);
  log(`cold start: switchboard ${fmt(median(ours))} ms, bare ${fmt(median(bare))} ms, ratio ${fmt(ratio, 2)}`);
  return {
    figures: [
      {
        bench: 'Cold start',
        name: `first tools/list over stdio, switchboard (${toolCount} tools, --sandbox), median of ${runs}`,
        value: `${fmt(median(ours))} ms`,
        goal: '',
      },
      {
        bench: 'Cold start',
        name: `same, bare SDK v2 server with one tool (same esbuild options), median of ${runs}`,
        value: `${fmt(median(bare))} ms`,
        goal: '',
      },
      { bench: 'Cold start', name: 'ratio switchboard / bare (medians)', value: `${fmt(ratio, 2)}×`, goal: '≤ 1.00×', met: ratio <= 1.0 },
      { bench: 'Cold start', name: 'median of the per-pair ratios', value: `${fmt(median(pairs), 2)}×`, goal: '' },
    ],
    detail: { ours, bare, toolCount },
  };
}
