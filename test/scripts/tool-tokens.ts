// Prints each tool's o200k token cost and the totals: `npx tsx test/scripts/tool-tokens.ts [toolset]`.
import { startHarness } from '../harness.js';
import { median, tokens } from '../tokens.js';

const apis = process.argv[2] ? [process.argv[2]] : ['copper', 'copilot', 'tawkto', 'dailybot'];
const h = await startHarness({ apis });
const { tools } = await h.client.listTools();
const counts = tools.map((t) => [t.name, tokens(t)] as const).sort((a, b) => b[1] - a[1]);
for (const [n, c] of counts) console.log(String(c).padStart(5), n);
console.log(`tools ${counts.length}  total ${counts.reduce((s, [, c]) => s + c, 0)}  median ${median(counts.map(([, c]) => c))}`);
await h.close();
