// 4. Rate-budget use: three times more concurrent calls than the budget allows, against an emulator
// that enforces the same sliding window on arrival. Achieved rate = the arrivals after the first
// (free) burst over the time they took; it is compared with the configured N per window.
import { CLI, connectStdio, copperUpstream, fmt, log, median, type Figure } from './lib.js';

export async function rateBudget(
  repeats = 3,
  max = 20,
  windowMs = 1000,
  rounds = 4,
): Promise<{ figures: Figure[]; detail: Record<string, unknown> }> {
  const ratios: number[] = [];
  let too429 = 0;
  let worstWindow = 0;
  for (let r = 0; r < repeats; r++) {
    const rate = `${max}/${windowMs / 1000}s`;
    const { emulator, env } = await copperUpstream(rate);
    const s = await connectStdio([CLI], env);
    // 3× the budget in flight all the time: each finished call is replaced until `rounds` windows' worth ran.
    const total = rounds * max;
    let issued = 0;
    const worker = async () => {
      while (issued < total) {
        issued++;
        const res = (await s.client.callTool({ name: 'copper_get_person', arguments: { id: 1000 } })) as {
          isError?: boolean;
          content: { text: string }[];
        };
        if (res.isError) throw new Error(res.content[0]?.text);
      }
    };
    await Promise.all(Array.from({ length: 3 * max }, worker));
    await s.close();
    await emulator.stop();
    const reqs = emulator.calls();
    too429 += reqs.filter((q) => q.status === 429).length;
    const at = reqs.map((q) => q.at).sort((a, b) => a - b);
    for (let i = 0; i + max < at.length; i++) {
      // Most arrivals seen in any window-long span.
      let j = i;
      while (j < at.length && at[j] - at[i] < windowMs) j++;
      worstWindow = Math.max(worstWindow, j - i);
    }
    const span = at[at.length - 1] - at[0];
    ratios.push((at.length - max) / span / (max / windowMs));
  }
  const ratio = median(ratios);
  log(`rate budget: achieved/configured ${fmt(ratio, 3)}, 429s ${too429}`);
  const f = (name: string, value: string, goal = '', met?: boolean): Figure => ({ bench: 'Rate-budget use', name, value, goal, met });
  return {
    figures: [
      f(
        `achieved / configured rate, ${max}/${windowMs / 1000}s, ${3 * max} calls in flight (3×), ${rounds} windows' worth, median of ${repeats}`,
        fmt(ratio, 3),
        '≥ 0.95',
        ratio >= 0.95,
      ),
      f('upstream 429 answers', String(too429), '0', too429 === 0),
      f('most arrivals in any window-long span', `${worstWindow} (limit ${max})`, `≤ ${max}`, worstWindow <= max),
    ],
    detail: { ratios },
  };
}
