// Prints tools/list entries as a model sees them: `npx tsx test/scripts/show-tool.ts <api> [tool …]`.
import { startHarness } from '../harness.js';

const [api, ...names] = process.argv.slice(2);
const h = await startHarness({ apis: [api ?? 'copper'] });
const { tools } = await h.client.listTools();
for (const t of tools) if (names.length === 0 || names.includes(t.name)) console.log(JSON.stringify(t));
await h.close();
