// 6. Memory: resident set size of the built server (from /proc) idle after start-up, and with 100
// concurrent Streamable HTTP sessions (2025-era clients, one McpServer each) that each make calls.
// All four toolsets are registered (credentials for each, base URLs pointing at emulators in this
// process), so every session binds the full catalog; the sandbox is not used because its emulators
// would run inside the measured process.
import { spawn } from 'node:child_process';
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { Emulator } from '../../src/sandbox/emulator.js';
import { toolsets } from '../../tools/index.js';
import { TEST_CREDENTIALS } from '../harness.js';
import { BARE, baseEnv, buildBare, CLI, connectStdio, fmt, freePort, log, median, rssMB, sleep, type Figure } from './lib.js';

async function upstreams() {
  const emulators: Emulator[] = [];
  const env: Record<string, string> = {};
  for (const set of toolsets) {
    const basePath = new URL(set.api.baseUrl.default).pathname.replace(/\/$/, '');
    const e = new Emulator(set.api, set.tools, await set.api.sandbox(), { credentials: TEST_CREDENTIALS[set.api.id], basePath, rateLimit: '1000000/1s' });
    emulators.push(e);
    Object.assign(env, TEST_CREDENTIALS[set.api.id], { [set.api.baseUrl.env]: (await e.start()) + basePath, [set.api.rateLimit.env]: '1000000/1s' });
  }
  return { env, stop: () => Promise.all(emulators.map((e) => e.stop())) };
}

async function idleStdio(args = [CLI, '--sandbox']): Promise<number> {
  const s = await connectStdio(args);
  await s.client.listTools();
  await sleep(1000);
  const m = rssMB(s.pid)!;
  await s.close();
  return m.rss;
}

async function http(env: Record<string, string>, sessions: number, callsPerSession: number) {
  const port = await freePort();
  const child = spawn(process.execPath, [CLI, '--transport', 'http', '--port', String(port)], { env: { ...baseEnv(), ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr.on('data', (d) => { err += d; });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`HTTP server exited: ${err}`);
    if (i > 200) throw new Error(`HTTP server did not come up: ${err}`);
    try { if ((await fetch(`${url}/healthz`)).ok) break; } catch { /* not yet */ }
    await sleep(50);
  }
  await sleep(1000);
  const idle = rssMB(child.pid!)!.rss;
  const clients = await Promise.all(Array.from({ length: sessions }, async () => {
    const c = new Client({ name: 'bench', version: '1.0.0' });
    await c.connect(new StreamableHTTPClientTransport(new URL(`${url}/mcp`)));
    return c;
  }));
  let failures = 0;
  await Promise.all(clients.map(async (c, i) => {
    await c.listTools();
    for (let k = 0; k < callsPerSession; k++) {
      const name = ['copper_get_person', 'copper_search_people'][k % 2];
      const args = name === 'copper_get_person' ? { id: 1000 + (i % 3) } : { page_size: 20 };
      const r = (await c.callTool({ name, arguments: args })) as { isError?: boolean };
      if (r.isError) failures++;
    }
  }));
  const busy = rssMB(child.pid!)!;
  await Promise.all(clients.map((c) => c.close().catch(() => {})));
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  return { idle, busy: busy.rss, peak: busy.hwm, failures };
}

export async function memory(repeats = 3, sessions = 100, callsPerSession = 4): Promise<{ figures: Figure[]; detail: Record<string, unknown> }> {
  await buildBare();
  const stdio: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < repeats; i++) { stdio.push(await idleStdio()); bare.push(await idleStdio([BARE])); }
  const up = await upstreams();
  const runs = [];
  for (let i = 0; i < repeats; i++) runs.push(await http(up.env, sessions, callsPerSession));
  await up.stop();
  const idleHttp = median(runs.map((r) => r.idle));
  const busy = median(runs.map((r) => r.busy));
  const peak = median(runs.map((r) => r.peak));
  const failures = runs.reduce((s, r) => s + r.failures, 0);
  const idle = median(stdio);
  log(`memory: idle stdio ${fmt(idle)} MB, idle http ${fmt(idleHttp)} MB, ${sessions} sessions ${fmt(busy)} MB (peak ${fmt(peak)})`);
  const f = (name: string, value: string, goal = '', met?: boolean): Figure => ({ bench: 'Memory', name, value, goal, met });
  return {
    figures: [
      f(`idle RSS, stdio, after tools/list (--sandbox, emulators not started), median of ${repeats}`, `${fmt(idle)} MB`, '≤ 70 MB', idle <= 70),
      f(`  for scale: a bare one-tool SDK v2 server, same measure, median of ${repeats}`, `${fmt(median(bare))} MB`),
      f(`idle RSS, HTTP transport, all four toolsets, median of ${repeats}`, `${fmt(idleHttp)} MB`, '≤ 70 MB', idleHttp <= 70),
      f(`RSS with ${sessions} concurrent HTTP sessions after ${callsPerSession} calls each, median of ${repeats}`, `${fmt(busy)} MB`, '≤ 150 MB', busy <= 150),
      f('  peak RSS of those runs (VmHWM)', `${fmt(peak)} MB`, '≤ 150 MB', peak <= 150),
      f('  failed calls', String(failures), '0', failures === 0),
    ],
    detail: { stdio, bare, runs },
  };
}
