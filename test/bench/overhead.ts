// 3. Per-call overhead: copper_get_person through the MCP client over stdio (the built server, its
// limiter, executor and undici pool) against a direct undici request for the same record to the
// same loopback emulator. Calls alternate one by one after a warm-up; the rate limit is set far
// above what the run uses, so no call waits for it.
import { Pool } from 'undici';
import { TEST_CREDENTIALS } from '../harness.js';
import { BARE, buildBare, CLI, COPPER_BASE_PATH, connectStdio, copperUpstream, fmt, log, median, percentile, type Figure } from './lib.js';

export async function overhead(samples = 600): Promise<{ figures: Figure[]; detail: Record<string, unknown> }> {
  const rate = '1000000/1s';
  const { emulator, origin, env } = await copperUpstream(rate);
  const s = await connectStdio([CLI], env);
  const pool = new Pool(origin, { connections: 4, pipelining: 1, keepAliveTimeout: 10_000 });
  const headers = { ...copper_headers(), 'X-PW-Application': 'developer_api', Accept: 'application/json' };
  const direct = async () => {
    const res = await pool.request({ method: 'GET', path: `${COPPER_BASE_PATH}/people/1000`, headers });
    const body = await res.body.text();
    if (res.statusCode !== 200) throw new Error(`direct request answered ${res.statusCode}: ${body}`);
    JSON.parse(body);
  };
  const viaMcp = async () => {
    const r = (await s.client.callTool({ name: 'copper_get_person', arguments: { id: 1000 } })) as {
      isError?: boolean;
      content: { text: string }[];
    };
    if (r.isError) throw new Error(`tool call failed: ${r.content[0]?.text}`);
  };
  const time = async (f: () => Promise<void>) => {
    const t0 = performance.now();
    await f();
    return performance.now() - t0;
  };
  for (let i = 0; i < 100; i++) {
    await viaMcp();
    await direct();
  }
  const mcp: number[] = [];
  const raw: number[] = [];
  for (let i = 0; i < samples; i++) {
    if (i % 2) {
      mcp.push(await time(viaMcp));
      raw.push(await time(direct));
    } else {
      raw.push(await time(direct));
      mcp.push(await time(viaMcp));
    }
  }
  await s.close();
  await pool.close();
  await emulator.stop();
  // For scale: the MCP round trip alone, a bare one-tool SDK server answering an echo over stdio.
  await buildBare();
  const bare = await connectStdio([BARE]);
  const echo: number[] = [];
  for (let i = 0; i < 100 + samples / 2; i++) {
    const t0 = performance.now();
    await bare.client.callTool({ name: 'echo', arguments: { text: 'x' } });
    if (i >= 100) echo.push(performance.now() - t0);
  }
  await bare.close();
  const d50 = percentile(mcp, 50) - percentile(raw, 50);
  const d99 = percentile(mcp, 99) - percentile(raw, 99);
  log(`overhead: MCP p50 ${fmt(percentile(mcp, 50), 2)} ms vs direct ${fmt(percentile(raw, 50), 2)} ms`);
  const f = (name: string, value: string, goal = '', met?: boolean): Figure => ({ bench: 'Per-call overhead', name, value, goal, met });
  return {
    figures: [
      f(`direct undici request, p50 / p99 (${samples} calls)`, `${fmt(percentile(raw, 50), 2)} / ${fmt(percentile(raw, 99), 2)} ms`),
      f(
        `tool call through the MCP client over stdio, p50 / p99 (${samples} calls)`,
        `${fmt(percentile(mcp, 50), 2)} / ${fmt(percentile(mcp, 99), 2)} ms`,
      ),
      f('added by the MCP path at p50', `+${fmt(d50, 2)} ms`, '≤ +1 ms', d50 <= 1),
      f('added by the MCP path at p99', `+${fmt(d99, 2)} ms`),
      f(
        `for scale: echo tool of a bare one-tool SDK server over stdio, p50 / p99 (${echo.length} calls)`,
        `${fmt(percentile(echo, 50), 2)} / ${fmt(percentile(echo, 99), 2)} ms`,
      ),
    ],
    detail: { mcpMedian: median(mcp), rawMedian: median(raw) },
  };
}

function copper_headers() {
  const c = TEST_CREDENTIALS.copper;
  return { 'X-PW-AccessToken': c.COPPER_API_KEY, 'X-PW-UserEmail': c.COPPER_USER_EMAIL };
}
