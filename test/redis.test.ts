// Shared rate limits across replicas (SWITCHBOARD_REDIS_URL), against a real redis-server started
// here on a free loopback port and the built CLI (dist/cli.js, `npm run build`) spawned as separate
// processes over stdio. One Copper emulator in this process enforces the same rolling window on
// arrival and counts every request, so "within the limit" and "no 429" are checked where the
// upstream would see them.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { Client } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Emulator } from '../src/sandbox/emulator.js';
import { toolsets } from '../tools/index.js';
import { freePort } from './net.js';
import { TEST_CREDENTIALS } from './harness.js';
import { RedisServer, until } from './redis-server.js';

const CLI = new URL('../dist/cli.js', import.meta.url).pathname;
const copper = toolsets.find((t) => t.api.id === 'copper')!;
const basePath = new URL(copper.api.baseUrl.default).pathname.replace(/\/$/, '');

interface Server {
  client: Client;
  transport: StdioClientTransport;
  stderr: () => string;
  call(args?: Record<string, unknown>): Promise<{ isError?: boolean; text: string; at: number }>;
  close(): Promise<void>;
}

const servers: Server[] = [];

async function startServer(env: Record<string, string>): Promise<Server> {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [CLI],
    env: { PATH: process.env.PATH ?? '', ...env },
    stderr: 'pipe',
  });
  let err = '';
  transport.stderr?.on('data', (d) => {
    err += d;
  });
  const client = new Client({ name: 'redis-test', version: '1.0.0' });
  await client.connect(transport);
  const s: Server = {
    client,
    transport,
    stderr: () => err,
    async call(args = { id: 1000 }) {
      const r = (await client.callTool({ name: 'copper_get_person', arguments: args })) as {
        isError?: boolean;
        content: { text: string }[];
      };
      return { isError: r.isError, text: r.content.map((c) => c.text).join('\n'), at: Date.now() };
    },
    close: () => client.close().catch(() => {}),
  };
  servers.push(s);
  return s;
}

/** A Copper emulator enforcing `rate` on arrival, and the environment that points a server at it. */
async function upstream(rate: string, extra: Record<string, string> = {}) {
  const emulator = new Emulator(copper.api, copper.tools, await copper.api.sandbox(), {
    credentials: TEST_CREDENTIALS.copper,
    basePath,
    rateLimit: rate,
  });
  const url = await emulator.start();
  const env = { ...TEST_CREDENTIALS.copper, COPPER_BASE_URL: url + basePath, COPPER_RATE_LIMIT: rate, ...extra };
  return { emulator, env };
}

/** No more than `max` arrivals in any `windowMs` span. */
function assertWindow(arrivals: number[], max: number, windowMs: number) {
  const a = [...arrivals].sort((x, y) => x - y);
  for (let i = max; i < a.length; i++)
    expect(a[i] - a[i - max], `arrivals ${i - max}..${i} within ${windowMs} ms`).toBeGreaterThanOrEqual(windowMs);
}

let redis: RedisServer;
const emulators: Emulator[] = [];

beforeAll(async () => {
  const which = spawnSync('redis-server', ['--version'], { encoding: 'utf8' });
  if (which.error || which.status !== 0) {
    throw new Error(
      'redis-server is not installed: this test needs a real Redis (apt-get install -y redis-server; .ci/run installs it when absent)',
    );
  }
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first (npm test does)`);
  redis = new RedisServer(await freePort());
  await redis.start();
});

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
  await Promise.all(emulators.splice(0).map((e) => e.stop()));
  if (!redis.proc) await redis.start(); // a test that killed it leaves a fresh one for the next
});

afterAll(async () => {
  await redis?.kill();
});

describe('shared rate limits through Redis', () => {
  it('three server processes share one budget: 3× oversubscribed, no 429, within the window, ≥ 90 % use', async () => {
    const max = 20,
      windowMs = 2000;
    const { emulator, env } = await upstream(`${max}/${windowMs / 1000}s`, { SWITCHBOARD_REDIS_URL: redis.url });
    emulators.push(emulator);
    const procs = await Promise.all([0, 1, 2].map(() => startServer(env)));
    // Each process is asked for a full window's budget at once: three times what the budget allows.
    const results = await Promise.all(procs.flatMap((p) => Array.from({ length: max }, () => p.call())));
    expect(results.filter((r) => r.isError).map((r) => r.text)).toEqual([]);
    const reqs = emulator.calls('copper_get_person');
    expect(reqs).toHaveLength(3 * max);
    expect(reqs.filter((r) => r.status === 429)).toEqual([]);
    const arrivals = reqs.map((r) => r.at).sort((a, b) => a - b);
    assertWindow(arrivals, max, windowMs);
    // Use of the budget: after the first (free) burst, the rate achieved against the configured one.
    const span = arrivals[arrivals.length - 1] - arrivals[0];
    const use = (arrivals.length - max) / max / (span / windowMs);
    expect(use).toBeGreaterThanOrEqual(0.9);
    expect(use).toBeLessThanOrEqual(1);
  });

  it('a process that dies holding slots: a newcomer neither resets the budget nor loses those slots for good', async () => {
    const max = 10,
      windowMs = 1000;
    const { emulator, env } = await upstream(`${max}/${windowMs / 1000}s`, { SWITCHBOARD_REDIS_URL: redis.url });
    emulators.push(emulator);
    const a = await startServer(env);
    const first = await Promise.all(Array.from({ length: max }, () => a.call()));
    expect(first.filter((r) => r.isError)).toEqual([]);
    const aStart = Math.min(...emulator.calls().map((r) => r.at));
    process.kill(a.transport.pid!, 'SIGKILL'); // its slots are never given back by it
    const b = await startServer(env); // joins the stored budget (clearDatastore stays false)
    const later = await Promise.all(Array.from({ length: 5 }, () => b.call()));
    expect(later.filter((r) => r.isError)).toEqual([]);
    const reqs = emulator.calls();
    expect(reqs.filter((r) => r.status === 429)).toEqual([]);
    const bArrivals = reqs.slice(max).map((r) => r.at);
    expect(bArrivals).toHaveLength(5);
    // The dead process's slots stay counted until Redis lets them expire (hold + 5 s slack): the
    // newcomer did not start from a fresh budget…
    for (const t of bArrivals) expect(t - aStart).toBeGreaterThanOrEqual(windowMs + 5000 - 200);
    // …and they do come back, within a heartbeat (1 s) of that expiration.
    for (const t of bArrivals) expect(t - aStart).toBeLessThan(windowMs + 20 + 5000 + 1000 + 1500);
  });

  it('Redis unreachable at start: one clear line naming SWITCHBOARD_REDIS_URL, no password, exit 1', async () => {
    const port = await freePort();
    const { env } = await upstream('10/1s');
    const child = spawn(process.execPath, [CLI], {
      env: { PATH: process.env.PATH ?? '', ...env, SWITCHBOARD_REDIS_URL: `redis://:hunter2-S3CRET@127.0.0.1:${port}/0` },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '',
      err = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      err += d;
    });
    const code = await new Promise<number | null>((r) => child.once('exit', (c) => r(c)));
    expect(code).toBe(1);
    expect(out).toBe('');
    const lines = err.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/SWITCHBOARD_REDIS_URL/);
    expect(lines[0]).toMatch(new RegExp(`127\\.0\\.0\\.1:${port}`));
    expect(err).not.toMatch(/hunter2|S3CRET/);
  });

  it('Redis lost while running (default fail): queued and new calls fail clearly, nothing is sent; calls resume when it is back', async () => {
    const max = 10,
      windowMs = 1000;
    const { emulator, env } = await upstream(`${max}/${windowMs / 1000}s`, { SWITCHBOARD_REDIS_URL: redis.url });
    emulators.push(emulator);
    const s = await startServer(env);
    const pending = Array.from({ length: max + 5 }, () => s.call());
    await until('the first window to arrive', () => emulator.calls().length >= max);
    await redis.kill();
    const results = await Promise.all(pending);
    expect(results.filter((r) => !r.isError)).toHaveLength(max);
    const failed = results.filter((r) => r.isError);
    expect(failed).toHaveLength(5);
    for (const r of failed) {
      expect(r.text).toMatch(/rate limit in Redis \(SWITCHBOARD_REDIS_URL\) is unreachable/);
      expect(r.text).toMatch(/nothing was sent/);
    }
    const t0 = Date.now();
    const again = await s.call();
    expect(again.isError).toBe(true);
    expect(again.text).toMatch(/SWITCHBOARD_REDIS_URL/);
    expect(Date.now() - t0).toBeLessThan(1000); // fails at once, no hanging
    expect(emulator.calls()).toHaveLength(max);
    expect(s.stderr()).toMatch(/lost Redis.*calls fail until it is back/);

    await redis.start(); // same port; ioredis reconnects by itself
    let ok: { isError?: boolean } = { isError: true };
    await until('a call to succeed once Redis is back', async () => (ok = await s.call()).isError !== true, 15_000);
    expect(ok.isError).toBeFalsy();
    expect(emulator.calls().filter((r) => r.status === 429)).toEqual([]);
    assertWindow(
      emulator.calls().map((r) => r.at),
      max,
      windowMs,
    );
  });

  it('Redis lost while running with SWITCHBOARD_REDIS_FALLBACK=local: calls go on under a per-process window, and it is logged', async () => {
    const max = 10,
      windowMs = 1000;
    const { emulator, env } = await upstream(`${max}/${windowMs / 1000}s`, {
      SWITCHBOARD_REDIS_URL: redis.url,
      SWITCHBOARD_REDIS_FALLBACK: 'local',
    });
    emulators.push(emulator);
    const s = await startServer(env);
    const pending = Array.from({ length: 2 * max + 5 }, () => s.call());
    await until('the first window to arrive', () => emulator.calls().length >= max);
    await redis.kill();
    const results = await Promise.all(pending);
    expect(results.filter((r) => r.isError).map((r) => r.text)).toEqual([]);
    const reqs = emulator.calls();
    expect(reqs).toHaveLength(2 * max + 5);
    expect(reqs.filter((r) => r.status === 429)).toEqual([]);
    // The slots taken on Redis are carried into the local window: the switch does not reopen it.
    assertWindow(
      reqs.map((r) => r.at),
      max,
      windowMs,
    );
    expect(s.stderr()).toMatch(/lost Redis.*limiting per process.*SWITCHBOARD_REDIS_FALLBACK=local/);
  });
});
