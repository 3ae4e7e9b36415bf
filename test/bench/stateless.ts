// 8. Stateless serving, 2026-07-28 era: tools/call over loopback HTTP, one SDK server bound per request
// (createMcpHandler), the built server with copper_get_person against a loopback emulator, beside the
// bare one-tool SDK v2 server's echo tool served the same way (fixtures/bare-http.ts) and a direct
// undici request for the same record. Calls alternate one by one after a warm-up, in one run.
// What the server adds is its call minus the bare echo minus the upstream request itself.
import { Pool } from 'undici';
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { TEST_CREDENTIALS } from '../harness.js';
import {
  BARE_HTTP,
  buildBare,
  CLI,
  COPPER_BASE_PATH,
  copperUpstream,
  fmt,
  freePort,
  log,
  percentile,
  startHttp,
  type Figure,
} from './lib.js';

const modern = async (url: string) => {
  const c = new Client({ name: 'bench', version: '1.0.0' }, { versionNegotiation: { mode: { pin: '2026-07-28' } } });
  await c.connect(new StreamableHTTPClientTransport(new URL(`${url}/mcp`)));
  return c;
};

export async function stateless(samples = 600): Promise<{ figures: Figure[]; detail: Record<string, unknown> }> {
  await buildBare();
  const { emulator, origin, env } = await copperUpstream('1000000/1s');
  const ourPort = await freePort();
  const ours = await startHttp([CLI, '--transport', 'http', '--port', String(ourPort)], ourPort, env);
  const barePort = await freePort();
  const bare = await startHttp([BARE_HTTP, String(barePort)], barePort);
  const client = await modern(ours.url);
  const bareClient = await modern(bare.url);
  const pool = new Pool(origin, { connections: 4, pipelining: 1, keepAliveTimeout: 10_000 });
  const c = TEST_CREDENTIALS.copper;
  const headers = {
    'X-PW-AccessToken': c.COPPER_API_KEY,
    'X-PW-UserEmail': c.COPPER_USER_EMAIL,
    'X-PW-Application': 'developer_api',
    Accept: 'application/json',
  };
  const steps: Record<string, () => Promise<void>> = {
    ours: async () => {
      const r = (await client.callTool({ name: 'copper_get_person', arguments: { id: 1000 } })) as {
        isError?: boolean;
        content: { text: string }[];
      };
      if (r.isError) throw new Error(`tool call failed: ${r.content[0]?.text}`);
    },
    echo: async () => {
      await bareClient.callTool({ name: 'echo', arguments: { text: 'x' } });
    },
    direct: async () => {
      const res = await pool.request({ method: 'GET', path: `${COPPER_BASE_PATH}/people/1000`, headers });
      const body = await res.body.text();
      if (res.statusCode !== 200) throw new Error(`direct request answered ${res.statusCode}`);
      JSON.parse(body);
    },
  };
  const times: Record<string, number[]> = { ours: [], echo: [], direct: [] };
  const names = Object.keys(steps);
  for (let i = 0; i < 100 + samples; i++) {
    // Rotate the order, so none always follows another.
    for (let k = 0; k < names.length; k++) {
      const n = names[(i + k) % names.length];
      const t0 = performance.now();
      await steps[n]();
      if (i >= 100) times[n].push(performance.now() - t0);
    }
  }
  await client.close().catch(() => {});
  await bareClient.close().catch(() => {});
  await pool.close();
  await ours.stop();
  await bare.stop();
  await emulator.stop();
  const p = (n: string, q: number) => percentile(times[n], q);
  const added50 = p('ours', 50) - p('echo', 50) - p('direct', 50);
  const added99 = p('ours', 99) - p('echo', 99) - p('direct', 99);
  log(`stateless 2026: ours p50 ${fmt(p('ours', 50), 2)} ms, bare echo ${fmt(p('echo', 50), 2)} ms, direct ${fmt(p('direct', 50), 2)} ms`);
  const f = (name: string, value: string, goal = '', met?: boolean): Figure => ({
    bench: 'Stateless 2026-07-28 tools/call over loopback HTTP',
    name,
    value,
    goal,
    met,
  });
  const pp = (n: string) => `${fmt(p(n, 50), 2)} / ${fmt(p(n, 99), 2)} ms`;
  return {
    figures: [
      f(`switchboard, copper_get_person (upstream: loopback emulator), p50 / p99 (${samples} calls)`, pp('ours')),
      f(`bare per-request SDK v2 server, echo tool, p50 / p99 (${samples} calls)`, pp('echo')),
      f(`direct undici request for the same record, p50 / p99 (${samples} calls)`, pp('direct')),
      f('switchboard − bare echo at p50 (upstream request included)', `+${fmt(p('ours', 50) - p('echo', 50), 2)} ms`),
      f(
        'added by the server at p50 (switchboard − bare echo − direct request)',
        `${added50 >= 0 ? '+' : ''}${fmt(added50, 2)} ms`,
        '≤ +1 ms',
        added50 <= 1,
      ),
      f('  same at p99', `${added99 >= 0 ? '+' : ''}${fmt(added99, 2)} ms`),
    ],
    detail: times,
  };
}
