// 2. tools/list size as a model is charged for it: o200k tokens of each tool entry exactly as the
// built server sends it over stdio (--sandbox registers all four toolsets), per toolset and in all.
import { median, tokens } from '../tokens.js';
import { CLI, connectStdio, fmt, log, type Figure } from './lib.js';

export async function toolsList(): Promise<{ figures: Figure[]; detail: Record<string, unknown> }> {
  const s = await connectStdio([CLI, '--sandbox']);
  const { tools } = await s.client.listTools();
  await s.close();
  const cost = new Map(tools.map((t) => [t.name, tokens(t)]));
  const sets = [...new Set(tools.map((t) => t.name.split('_')[0]))];
  const figures: Figure[] = [];
  // The budgets of issue 17: all toolsets ≤ 45,000 with a median ≤ 115 (for all tools together; per
  // toolset the median is reported only), one toolset ≤ 13,000, Copper with its whole API ≤ 11,000.
  const row = (label: string, names: string[], cap?: number, medianGoal = false) => {
    const xs = names.map((n) => cost.get(n)!);
    const total = xs.reduce((a, b) => a + b, 0);
    const med = median(xs);
    figures.push({
      bench: 'tools/list size',
      name: `${label}: ${names.length} tools, total`,
      value: `${total.toLocaleString('en-US')} tokens`,
      goal: cap ? `≤ ${cap.toLocaleString('en-US')}` : '',
      met: cap ? total <= cap : undefined,
    });
    figures.push({
      bench: 'tools/list size',
      name: `${label}: median per tool`,
      value: `${fmt(med, 0)} tokens`,
      goal: medianGoal ? '≤ 115' : '',
      met: medianGoal ? med <= 115 : undefined,
    });
    return total;
  };
  const all = row(
    'all toolsets',
    tools.map((t) => t.name),
    45_000,
    true,
  );
  for (const set of sets)
    row(
      set,
      tools.filter((t) => t.name.startsWith(`${set}_`)).map((t) => t.name),
      set === 'copper' ? 11_000 : 13_000,
    );
  const heaviest = [...cost]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([n, c]) => `${n} ${c}`);
  log(`tools/list: ${tools.length} tools, ${all} tokens`);
  return { figures, detail: { heaviest, tools: tools.length } };
}
