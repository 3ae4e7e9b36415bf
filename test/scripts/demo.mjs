// A scripted session against the sandbox: starts the built server over stdio exactly as Claude
// Desktop would, lists its tools and calls a few, printing what happens. No accounts needed.
import { Client } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';

const client = new Client({ name: 'switchboard-demo', version: '1.0.0' });
await client.connect(new StdioClientTransport({ command: process.execPath, args: ['dist/cli.js', '--sandbox'], stderr: 'inherit' }));

const { tools } = await client.listTools();
const bySet = {};
for (const t of tools) (bySet[t.name.split('_')[0]] ??= []).push(t.name);
console.log(`Connected to switchboard-mcp (sandbox). ${tools.length} tools:`);
for (const [set, names] of Object.entries(bySet))
  console.log(`  ${set.padEnd(9)} ${names.length} tools, e.g. ${names.slice(0, 4).join(', ')}`);

async function show(name, args) {
  const r = await client.callTool({ name, arguments: args });
  const text = r.content.map((c) => c.text).join('\n');
  console.log(`\n> ${name} ${JSON.stringify(args)}${r.isError ? '  (error result)' : ''}`);
  console.log(text.length > 600 ? `${text.slice(0, 600)}… (${text.length} chars)` : text);
}

const available = new Set(tools.map((t) => t.name));
const script = [
  ['copper_search_people', { name: 'ada', page_size: 2 }],
  ['copper_get_person', { id: 1000 }],
  [
    'copper_create_activity',
    { parent: { id: 1000, type: 'person' }, type: { category: 'user', id: 0 }, details: 'Demo note from switchboard-mcp' },
  ],
  ['copper_search_activities', { parent: { id: 1000, type: 'person' } }],
  ['copper_get_person', { id: 'not-a-number' }],
  ['copilot_list_clients', { limit: 2 }],
  ['tawkto_list_properties', {}],
  ['dailybot_get_me', {}],
];
for (const [name, args] of script) if (available.has(name)) await show(name, args);
await client.close();
