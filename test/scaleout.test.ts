// Scale-out, end to end: three stateless HTTP replicas of the built CLI (dist/cli.js, `npm run build`)
// behind a real nginx (round-robin upstreams) sharing one rate budget through a real redis-server,
// driven through the load balancer by 2026-07-28 clients and 2025-era clients (the SDK Client over
// StreamableHTTPClientTransport) against one Copper emulator that enforces the same rolling window on
// arrival and counts every request.
//
// The nginx configuration is the README's ("Hosted deployment: replicas and shared limits"), read from
// README.md: only the replica addresses, the listen address and the certificate lines are replaced,
// and the process-level wrapper (daemon off, its own pid, logs and temp paths in a temp dir) is added.
// nginx's access log records, per request, the call it carried (an X-Call header the clients add) and
// the replica(s) that answered it ($upstream_addr): that is how the test knows who served what.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, chmodSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, StreamableHTTPClientTransport, type FetchLike } from '@modelcontextprotocol/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Emulator } from '../src/sandbox/emulator.js';
import { toolsets } from '../tools/index.js';
import { CLI, startHttpCli } from './cli-http.js';
import { TEST_CREDENTIALS } from './harness.js';
import { freePort, rawRequest } from './net.js';
import { RedisServer, sleep, until } from './redis-server.js';

/** The scale-out waits are longer and coarser than redis.test.ts's. */
const untilSlow = (what: string, cond: () => boolean | Promise<boolean>, ms = 15_000) => until(what, cond, ms, 50);

const copper = toolsets.find((t) => t.api.id === 'copper')!;
const basePath = new URL(copper.api.baseUrl.default).pathname.replace(/\/$/, '');
const TOKEN = 'scaleout-token-0123456789abcdef';
const PUBLIC_HOST = 'mcp.example.com'; // the README's server_name, forwarded as Host and allowed on the replicas
const MAX = 20,
  WINDOW_MS = 2000; // the shared budget: 20 requests in any 2 s
const RATE = `${MAX}/${WINDOW_MS / 1000}s`;
const OUTSTANDING = 3 * MAX; // calls kept in flight at all times: 3× what a window allows
/** After a replica dies, its slots stay counted for their window (+ margin) + 5 s, and come back within a heartbeat (1 s). */
const RETURN_MS = WINDOW_MS + 40 + 5000 + 1000;
/** Scheduling slack on a busy machine (a 2-core CI box runs nginx, Redis, three replicas and the clients). */
const SLACK_MS = 500;

/** nginx on PATH, or where Debian puts it (/usr/sbin is not on a non-root user's PATH there). */
function nginxBinary(): string | undefined {
  for (const bin of ['nginx', '/usr/sbin/nginx', '/usr/local/sbin/nginx']) {
    const r = spawnSync(bin, ['-v'], { encoding: 'utf8' });
    if (!r.error && r.status === 0) return bin;
  }
  return undefined;
}

/** The ```nginx block of the README's hosted-deployment section. */
function readmeSnippet(): string {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const section = /^### Hosted deployment: replicas and shared limits\n([\s\S]*?)(?=^##)/m.exec(readme)?.[1];
  const m = section && /^( *)```nginx\n([\s\S]*?)^\1```$/m.exec(section);
  if (!m) throw new Error('README.md: no ```nginx block in "Hosted deployment: replicas and shared limits"');
  return m[2].replace(new RegExp(`^${m[1]}`, 'gm'), ''); // the block may sit in a list item
}

/** The README's snippet pointed at these replicas and listening on this loopback port. */
function siteConfig(replicas: string[], port: number): string {
  const snippet = readmeSnippet();
  const servers = [...snippet.matchAll(/^(\s*)server\s+[^\s;{]+([^;\n]*);/gm)];
  if (servers.length !== replicas.length)
    throw new Error(`README nginx snippet: expected ${replicas.length} upstream servers, found ${servers.length}`);
  let i = 0;
  const conf = snippet
    .replace(/^(\s*)server\s+[^\s;{]+([^;\n]*);/gm, (_, indent: string, params: string) => `${indent}server ${replicas[i++]}${params};`)
    .replace(/^(\s*)listen\s+[^;\n]+;/m, (_, indent: string) => `${indent}listen 127.0.0.1:${port};`)
    .replace(/^\s*ssl_\w+\s+[^;\n]+;[^\n]*\n/gm, '');
  if (!conf.includes(`listen 127.0.0.1:${port};`)) throw new Error('README nginx snippet: no listen line');
  return conf;
}

class Nginx {
  proc?: ChildProcess;
  readonly dir = mkdtempSync(join(tmpdir(), 'scaleout-nginx-'));
  private err = '';
  constructor(
    readonly bin: string,
    readonly port: number,
  ) {
    chmodSync(this.dir, 0o755); // run as root, nginx's workers are another user: let them reach their temp paths
  }
  get accessLog() {
    return join(this.dir, 'access.log');
  }
  get errorLog() {
    return join(this.dir, 'error.log');
  }

  async start(replicas: string[]) {
    const d = this.dir;
    writeFileSync(
      join(d, 'nginx.conf'),
      [
        'daemon off;',
        'worker_processes 1;',
        `pid ${d}/nginx.pid;`,
        `error_log ${d}/error.log notice;`,
        'events { worker_connections 1024; }',
        'http {',
        `  client_body_temp_path ${d}/client_body;`,
        `  proxy_temp_path ${d}/proxy;`,
        `  fastcgi_temp_path ${d}/fastcgi;`,
        `  uwsgi_temp_path ${d}/uwsgi;`,
        `  scgi_temp_path ${d}/scgi;`,
        "  log_format scaleout '$msec|$http_x_call|$status|$upstream_addr|$upstream_status|$request_method $uri';",
        `  access_log ${d}/access.log scaleout;`,
        siteConfig(replicas, this.port),
        '}',
        '',
      ].join('\n'),
    );
    const test = spawnSync(this.bin, ['-t', '-p', d, '-c', join(d, 'nginx.conf')], { encoding: 'utf8' });
    if (test.status !== 0) throw new Error(`nginx -t refused the configuration: ${test.stderr}`);
    this.proc = spawn(this.bin, ['-p', d, '-c', join(d, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
    this.proc.stderr!.setEncoding('utf8').on('data', (c: string) => {
      this.err += c;
    });
    const exited = new Promise((_, reject) =>
      this.proc!.once('exit', (code) => reject(new Error(`nginx exited (${code}): ${this.err}${this.errors()}`))),
    );
    exited.catch(() => {});
    await Promise.race([
      untilSlow(
        'nginx to answer /healthz',
        async () => (await get(this.port, '/healthz', PUBLIC_HOST).catch(() => ({ status: 0 }))).status === 200,
      ),
      exited,
    ]);
  }
  errors() {
    return existsSync(this.errorLog) ? readFileSync(this.errorLog, 'utf8') : '';
  }
  /** Access log lines: when, the X-Call tag, status, the replica(s) tried, their statuses, method and path. */
  entries() {
    return readFileSync(this.accessLog, 'utf8')
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [msec, call, status, upstream, upstreamStatus, request] = line.split('|');
        return {
          at: Math.round(Number(msec) * 1000),
          call,
          status: Number(status),
          upstreams: upstream.split(/\s*,\s*|\s+:\s+/).filter((u) => u && u !== '-'),
          upstream,
          upstreamStatus,
          request,
        };
      });
  }
  stop() {
    const p = this.proc;
    this.proc = undefined;
    const done =
      !p || p.exitCode !== null
        ? Promise.resolve()
        : new Promise<void>((r) => {
            p.once('exit', () => r());
            p.kill('SIGTERM');
          });
    return done.finally(() => rmSync(this.dir, { recursive: true, force: true }));
  }
}

/** A plain GET with any Host header (fetch will not send a foreign Host). */
const get = (port: number, path: string, host: string) => rawRequest(`http://127.0.0.1:${port}${path}`, { headers: { host } });

/** Bearer token on every request, and the call's tag (from the tools/call's _meta) as X-Call for nginx's log. */
const tagging: FetchLike = (url, init) => {
  const headers = new Headers(init?.headers);
  headers.set('authorization', `Bearer ${TOKEN}`);
  if (typeof init?.body === 'string') {
    const tag = (JSON.parse(init.body) as { params?: { _meta?: { tag?: string } } }).params?._meta?.tag;
    if (tag) headers.set('x-call', tag);
  }
  return fetch(url, { ...init, headers });
};

type Era = 'modern' | 'legacy';
interface Call {
  tag: string;
  era: Era;
  start: number;
  end: number;
  ok: boolean;
  error?: string;
}

async function connect(url: string, era: Era): Promise<Client> {
  const client = new Client(
    { name: `scaleout-${era}`, version: '1.0.0' },
    era === 'modern' ? { versionNegotiation: { mode: { pin: '2026-07-28' } } } : undefined,
  );
  await client.connect(new StreamableHTTPClientTransport(new URL(url), { fetch: tagging }));
  return client;
}

let redis: RedisServer | undefined;
let nginx: Nginx | undefined;
let emulator: Emulator | undefined;
const replicas: { child: ChildProcess; addr: string; stderr: () => string }[] = [];
const clients: Client[] = [];

beforeAll(async () => {
  const missing = [...(spawnSync('redis-server', ['--version']).status === 0 ? [] : ['redis-server']), ...(nginxBinary() ? [] : ['nginx'])];
  if (missing.length)
    throw new Error(
      `${missing.join(' and ')} not installed: this test runs a real ${missing.join(' and a real ')} (apt-get install -y ${missing.join(' ')}; .ci/run installs them)`,
    );
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first (npm test does)`);

  redis = new RedisServer(await freePort());
  await redis.start();
  emulator = new Emulator(copper.api, copper.tools, await copper.api.sandbox(), {
    credentials: TEST_CREDENTIALS.copper,
    basePath,
    rateLimit: RATE,
  });
  const upstream = (await emulator.start()) + basePath;
  const env = {
    ...TEST_CREDENTIALS.copper,
    COPPER_BASE_URL: upstream,
    COPPER_RATE_LIMIT: RATE,
    SWITCHBOARD_REDIS_URL: redis.url,
    SWITCHBOARD_HTTP_TOKEN: TOKEN,
    SWITCHBOARD_ALLOWED_HOSTS: PUBLIC_HOST,
  };
  const started = await Promise.allSettled(
    [0, 1, 2].map(async () => {
      const port = await freePort();
      return startHttpCli(['--transport', 'http', '--stateless', '--host', '127.0.0.1', '--port', String(port)], env);
    }),
  );
  for (const s of started)
    if (s.status === 'fulfilled') replicas.push({ child: s.value.child, addr: new URL(s.value.origin).host, stderr: s.value.stderr });
  for (const s of started) if (s.status === 'rejected') throw s.reason; // afterAll stops the ones that started
  nginx = new Nginx(nginxBinary()!, await freePort());
  await nginx.start(replicas.map((r) => r.addr));
}, 60_000);

afterAll(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close().catch(() => {})));
  await nginx?.stop();
  await Promise.all(
    replicas.map(({ child }) =>
      child.exitCode === null && child.signalCode === null
        ? new Promise<void>((r) => {
            child.once('exit', () => r());
            child.kill('SIGKILL');
          })
        : undefined,
    ),
  );
  await emulator?.stop();
  await redis?.kill();
});

/**
 * Use of the budget over [from, to]: it allows MAX arrivals per window, so at full use the MAX-th
 * arrival after any arrival comes one window later (assertWindow: never sooner). The mean, over the
 * arrivals in [from, to] whose MAX-th successor is in it too, of WINDOW_MS over that gap. Bursts or
 * an even spread alike, a budget half used shows as about 0.5.
 */
function use(arrivals: number[], from: number, to: number): number {
  const a = [...arrivals].sort((x, y) => x - y).filter((t) => t >= from && t <= to);
  const gaps = a.slice(MAX).map((t, i) => t - a[i]);
  if (gaps.length < MAX) throw new Error(`too few arrivals in [${from}, ${to}] to measure: ${a.length}`);
  return gaps.reduce((sum, g) => sum + WINDOW_MS / g, 0) / gaps.length;
}

/** No more than MAX arrivals in any WINDOW_MS span. */
function assertWindow(arrivals: number[]) {
  const a = [...arrivals].sort((x, y) => x - y);
  for (let i = MAX; i < a.length; i++)
    expect(a[i] - a[i - MAX], `arrivals ${i - MAX}..${i} within ${WINDOW_MS} ms`).toBeGreaterThanOrEqual(WINDOW_MS);
}

describe('scale-out: three stateless replicas behind nginx, one budget in Redis', () => {
  it('the README snippet forwards Host: the public name is allowed, another is refused', async () => {
    expect((await get(nginx!.port, '/healthz', PUBLIC_HOST)).status).toBe(200);
    expect((await get(nginx!.port, '/healthz', 'evil.example.net')).status).toBe(403);
  });

  it('both eras, 3× oversubscribed: every call answered, spread over the replicas, no 429, ≥ 90 % of the budget; a replica killed mid-run: the others serve, its slots come back in time', async () => {
    const url = `http://127.0.0.1:${nginx!.port}/mcp`;
    // Six clients, three per era, ten calls in flight each: 60 = 3× a window's budget, all the time.
    const eras: Era[] = ['modern', 'legacy', 'modern', 'legacy', 'modern', 'legacy'];
    for (const era of eras) clients.push(await connect(url, era));
    const calls: Call[] = [];
    let stop = false,
      seq = 0;
    const t0 = Date.now();
    const workers = clients.flatMap((client, c) =>
      Array.from({ length: OUTSTANDING / clients.length }, async () => {
        while (!stop) {
          const call: Call = { tag: `c${c}-${seq++}`, era: eras[c], start: Date.now(), end: 0, ok: false };
          try {
            const r = (await client.callTool(
              { name: 'copper_get_person', arguments: { id: 1000 }, _meta: { tag: call.tag } },
              { timeout: 30_000 },
            )) as { isError?: boolean; content: { text: string }[] };
            call.ok = r.isError !== true;
            if (!call.ok) call.error = r.content.map((b) => b.text).join('\n');
          } catch (e) {
            call.error = String(e);
          }
          call.end = Date.now();
          calls.push(call);
          if (!call.ok) await sleep(100); // a failing call does not spin
        }
      }),
    );

    // Phase 1: all three replicas, 7 s.
    await sleep(7000);
    const victim = replicas[0];
    const killedAt = Date.now();
    victim.child.kill('SIGKILL');
    // Phase 2: two replicas, until the victim's slots are back and two more windows are measured.
    await sleep(RETURN_MS + SLACK_MS + 2 * WINDOW_MS + 1000);
    stop = true;
    const stoppedAt = Date.now();
    await Promise.all(workers);
    const done = Date.now();

    const log = nginx!.entries();
    const byTag = new Map(log.filter((e) => e.call && e.call !== '-').map((e) => [e.call, e]));
    const reqs = emulator!.calls('copper_get_person');
    const arrivals = reqs.map((r) => r.at);
    const summary = () =>
      JSON.stringify({
        calls: calls.length,
        failed: calls.filter((c) => !c.ok).length,
        upstream: reqs.length,
        t: { killedAt: killedAt - t0, stoppedAt: stoppedAt - t0, done: done - t0 },
        failures: calls
          .filter((c) => !c.ok)
          .slice(0, 5)
          .map((c) => ({ ...c, log: byTag.get(c.tag) })),
      });

    // Nothing upstream was refused, and the shared window held across all replicas and the kill.
    expect(
      reqs.filter((r) => r.status === 429),
      summary(),
    ).toEqual([]);
    assertWindow(arrivals);

    // Phase 1: every call answered, by all three replicas in turn, both eras.
    const before = calls.filter((c) => c.end < killedAt);
    expect(
      before.filter((c) => !c.ok),
      summary(),
    ).toEqual([]);
    expect(before.length).toBeGreaterThan(40);
    for (const era of ['modern', 'legacy'] as const) expect(before.some((c) => c.era === era)).toBe(true);
    const servedBy = (cs: Call[]) => {
      const n = new Map<string, number>();
      for (const c of cs) {
        const up = byTag.get(c.tag)?.upstreams.at(-1) ?? 'none';
        n.set(up, (n.get(up) ?? 0) + 1);
      }
      return n;
    };
    const phase1 = servedBy(before);
    for (const r of replicas)
      expect(phase1.get(r.addr) ?? 0, `phase 1 calls served by ${r.addr}: ${JSON.stringify([...phase1])}`).toBeGreaterThanOrEqual(
        before.length / 4,
      );
    // ≥ 90 % of the budget over phase 1 (from the first arrival to the kill).
    const firstArrival = Math.min(...arrivals);
    const use1 = use(arrivals, firstArrival, killedAt);
    expect(use1, summary()).toBeGreaterThanOrEqual(0.9);
    expect(use1).toBeLessThanOrEqual(1);

    // The kill: only calls the victim held at that moment failed; every call started after it was answered by the others.
    const failed = calls.filter((c) => !c.ok);
    for (const c of failed) {
      expect(c.start, `failed call ${c.tag} started before the kill`).toBeLessThan(killedAt);
      expect(byTag.get(c.tag)?.upstreams.at(-1), `failed call ${c.tag} was on the killed replica`).toBe(victim.addr);
    }
    const after = calls.filter((c) => c.start > killedAt);
    expect(
      after.filter((c) => !c.ok),
      summary(),
    ).toEqual([]);
    expect(after.length).toBeGreaterThan(60);
    const phase2 = servedBy(after);
    expect(phase2.get(victim.addr) ?? 0).toBe(0);
    for (const r of replicas.slice(1)) expect(phase2.get(r.addr) ?? 0).toBeGreaterThanOrEqual(after.length / 3);
    // nginx found the dead replica refusing and passed those requests on (proxy_next_upstream).
    expect(nginx!.errors()).toMatch(
      new RegExp(`connect\\(\\) failed \\(111: Connection refused\\).*upstream: "http://${victim.addr.replace(/\./g, '\\.')}`),
    );
    expect(log.some((e) => e.at > killedAt && e.status === 200 && e.upstreams.length > 1 && e.upstreams[0] === victim.addr)).toBe(true);

    // The victim's slots came back in time: from its hold + 5 s + a heartbeat after the kill, the
    // two survivors use ≥ 90 % of the budget again.
    const use2 = use(arrivals, killedAt + RETURN_MS + SLACK_MS, stoppedAt);
    expect(use2, summary()).toBeGreaterThanOrEqual(0.9);
    expect(done - t0).toBeLessThan(40_000);
  }, 60_000);
});
