// 6. Memory: resident set size of the built server (from /proc) idle after start-up, over stdio and
// over HTTP, each against the bare one-tool SDK v2 server measured the same way in the same run
// (fixtures/bare-server.ts, fixtures/bare-http.ts); and what 100 concurrent Streamable HTTP sessions
// (2025-era clients, one server each) that each make calls add over idle. All four toolsets are
// configured (credentials for each, base URLs pointing at emulators in this process), so every session
// selects from the full catalog; the sandbox is not used because its emulators would run inside the
// measured process.
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { Emulator } from '../../src/sandbox/emulator.js';
import { toolsets } from '../../tools/index.js';
import { TEST_CREDENTIALS } from '../harness.js';
import { BARE, BARE_HTTP, buildBare, CLI, connectStdio, fmt, freePort, log, median, rssMB, sleep, startHttp, type Figure } from './lib.js';

async function upstreams() {
  const emulators: Emulator[] = [];
  const env: Record<string, string> = {};
  for (const set of toolsets) {
    const basePath = new URL(set.api.baseUrl.default).pathname.replace(/\/$/, '');
    const e = new Emulator(set.api, set.tools, await set.api.sandbox(), {
      credentials: TEST_CREDENTIALS[set.api.id],
      basePath,
      rateLimit: '1000000/1s',
    });
    emulators.push(e);
    Object.assign(env, TEST_CREDENTIALS[set.api.id], {
      [set.api.baseUrl.env]: (await e.start()) + basePath,
      [set.api.rateLimit.env]: '1000000/1s',
    });
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

/** Idle RSS after start-up, then with `sessions` concurrent 2025-era sessions that list and make calls. */
async function http(
  args: (port: number) => string[],
  env: Record<string, string>,
  sessions: number,
  calls: (c: Client, i: number) => Promise<number>,
) {
  const port = await freePort();
  const server = await startHttp(args(port), port, env);
  await sleep(1000);
  const idle = rssMB(server.pid)!.rss;
  const clients = await Promise.all(
    Array.from({ length: sessions }, async () => {
      const c = new Client({ name: 'bench', version: '1.0.0' });
      await c.connect(new StreamableHTTPClientTransport(new URL(`${server.url}/mcp`)));
      return c;
    }),
  );
  const failures = (
    await Promise.all(
      clients.map(async (c, i) => {
        await c.listTools();
        return calls(c, i);
      }),
    )
  ).reduce((a, b) => a + b, 0);
  const busy = rssMB(server.pid)!;
  await Promise.all(clients.map((c) => c.close().catch(() => {})));
  await server.stop();
  return { idle, busy: busy.rss, peak: busy.hwm, failures };
}

const copperCalls = (callsPerSession: number) => async (c: Client, i: number) => {
  let failures = 0;
  for (let k = 0; k < callsPerSession; k++) {
    const name = ['copper_get_person', 'copper_search_people'][k % 2];
    const args = name === 'copper_get_person' ? { id: 1000 + (i % 3) } : { page_size: 20 };
    const r = (await c.callTool({ name, arguments: args })) as { isError?: boolean };
    if (r.isError) failures++;
  }
  return failures;
};
const echoCalls = (callsPerSession: number) => async (c: Client) => {
  let failures = 0;
  for (let k = 0; k < callsPerSession; k++)
    if (((await c.callTool({ name: 'echo', arguments: { text: 'x' } })) as { isError?: boolean }).isError) failures++;
  return failures;
};

export async function memory(
  repeats = 3,
  sessions = 100,
  callsPerSession = 4,
): Promise<{ figures: Figure[]; detail: Record<string, unknown> }> {
  await buildBare();
  const stdio: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < repeats; i++) {
    stdio.push(await idleStdio());
    bare.push(await idleStdio([BARE]));
  }
  const up = await upstreams();
  const runs = [];
  const bareRuns = [];
  for (let i = 0; i < repeats; i++) {
    runs.push(await http((port) => [CLI, '--transport', 'http', '--port', String(port)], up.env, sessions, copperCalls(callsPerSession)));
    bareRuns.push(await http((port) => [BARE_HTTP, String(port)], {}, sessions, echoCalls(callsPerSession)));
  }
  await up.stop();
  const idleHttp = median(runs.map((r) => r.idle));
  const bareHttp = median(bareRuns.map((r) => r.idle));
  const added = median(runs.map((r) => r.busy - r.idle));
  const bareAdded = median(bareRuns.map((r) => r.busy - r.idle));
  const busy = median(runs.map((r) => r.busy));
  const peak = median(runs.map((r) => r.peak));
  const failures = runs.reduce((s, r) => s + r.failures, 0);
  const idle = median(stdio);
  const idleRatio = idle / median(bare);
  const httpRatio = idleHttp / bareHttp;
  log(
    `memory: idle stdio ${fmt(idle)} MB (bare ${fmt(median(bare))}), idle http ${fmt(idleHttp)} MB (bare ${fmt(bareHttp)}), ${sessions} sessions +${fmt(added)} MB (bare +${fmt(bareAdded)}; peak ${fmt(peak)})`,
  );
  const f = (name: string, value: string, goal = '', met?: boolean): Figure => ({ bench: 'Memory', name, value, goal, met });
  return {
    figures: [
      f(`idle RSS, stdio, after tools/list (--sandbox, emulators not started), median of ${repeats}`, `${fmt(idle)} MB`),
      f(`  bare one-tool SDK v2 server, same measure, median of ${repeats}`, `${fmt(median(bare))} MB`),
      f('  ratio switchboard / bare, stdio', `${fmt(idleRatio, 2)}×`, '≤ 1.05×', idleRatio <= 1.05),
      f(`idle RSS, HTTP transport, all four toolsets configured, median of ${repeats}`, `${fmt(idleHttp)} MB`),
      f(`  bare one-tool SDK v2 server over HTTP (same wiring), median of ${repeats}`, `${fmt(bareHttp)} MB`),
      f('  ratio switchboard / bare, HTTP', `${fmt(httpRatio, 2)}×`, '≤ 1.05×', httpRatio <= 1.05),
      f(
        `RSS with ${sessions} concurrent 2025-era HTTP sessions after ${callsPerSession} calls each, median of ${repeats}`,
        `${fmt(busy)} MB`,
      ),
      f(
        `  added over idle by the ${sessions} sessions (median of per-run differences)`,
        `+${fmt(added)} MB (${fmt(added / sessions, 2)} MB each)`,
        '≤ +20 MB (≤ 0.2 MB each)',
        added <= 20,
      ),
      f(`  for scale: added by ${sessions} sessions of the bare HTTP server (echo calls)`, `+${fmt(bareAdded)} MB`),
      f('  peak RSS of those runs (VmHWM), median', `${fmt(peak)} MB`),
      f('  failed calls', String(failures), '0', failures === 0),
    ],
    detail: { stdio, bare, runs, bareRuns },
  };
}
