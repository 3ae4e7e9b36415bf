// Issue 13, the HTTP side: no token holder can exhaust the process with sessions, no unauthenticated
// client can hold connections, no request body can crash a handler, no proxy can widen a narrowing
// by repeating a header, and a shutdown or a client that goes away stops calls cleanly. Each test
// fails on the transport before the fix (noted beside it) and passes after. Most drive the built CLI
// over loopback (`npm run build` first); the session-count test runs the server in-process to read
// its stats.
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import { connect as tcpConnect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Client, StreamableHTTPClientTransport, type FetchLike } from '@modelcontextprotocol/client';
import { loadSettings } from '../src/config.js';
import { createApp } from '../src/app.js';
import { startHttpServer } from '../src/http.js';
import { startHttpCli } from './cli-http.js';
import { TEST_CREDENTIALS } from './harness.js';
import { rawRequest } from './net.js';

const TOKEN = 'hardening-http-T0KEN-8c1d2e3f';
const FAST = '100000/1s';
const AUTH = { authorization: `Bearer ${TOKEN}` };
const JSON_HEADERS = { 'content-type': 'application/json', accept: 'application/json, text/event-stream' };
const INIT = JSON.stringify({
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '1' } },
});
const INITIALIZED = JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' });
const LIST = JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'tools/list', params: {} });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const closers: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of closers.splice(0).reverse()) await c();
});

/** A Copper stand-in on loopback: every request is recorded and answered by `answer` (which may wait). */
async function fakeCopper(
  answer: (req: IncomingMessage, res: import('node:http').ServerResponse) => void,
): Promise<{ url: string; hits: { method: string; path: string }[] }> {
  const hits: { method: string; path: string }[] = [];
  const server: Server = createServer((req, res) => {
    hits.push({ method: req.method!, path: req.url! });
    req.resume();
    answer(req, res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  closers.push(
    () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r(undefined));
      }),
  );
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}/developer_api/v1`, hits };
}

/** The built CLI over HTTP with Copper pointed at `copperUrl` (or the sandbox), killed after the test. */
async function cli(env: Record<string, string>, copperUrl?: string, args: string[] = []) {
  const server = await startHttpCli(
    ['--transport', 'http', '--port', '0', ...(copperUrl ? ['--toolsets', 'copper'] : ['--sandbox']), ...args],
    {
      SWITCHBOARD_HTTP_TOKEN: TOKEN,
      ...(copperUrl ? { ...TEST_CREDENTIALS.copper, COPPER_BASE_URL: copperUrl, COPPER_RATE_LIMIT: FAST } : {}),
      ...env,
    },
  );
  closers.push(() => {
    server.child.kill('SIGKILL');
  });
  return server;
}

/** One plain HTTP request on its own connection, POST unless said otherwise. */
const raw = (url: string, o: Parameters<typeof rawRequest>[1] = {}) => rawRequest(url, { method: 'POST', ...o });

/** A 2025-era session by hand: initialize, then notifications/initialized; the Mcp-Session-Id. */
async function openSession(url: string): Promise<string> {
  const r = await raw(url, { headers: { ...JSON_HEADERS, ...AUTH }, body: INIT });
  if (r.status !== 200) throw new Error(`initialize answered ${r.status}: ${r.text}`);
  const sid = r.headers['mcp-session-id'] as string;
  await raw(url, { headers: { ...JSON_HEADERS, ...AUTH, 'mcp-session-id': sid }, body: INITIALIZED });
  return sid;
}

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

/** Runs `n` tasks, `width` at a time. */
async function pool(n: number, width: number, task: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < n) await task(next++);
    }),
  );
}

const withHeaders =
  (extra: Record<string, string>): FetchLike =>
  (url, init) => {
    const headers = new Headers(init?.headers);
    for (const [k, v] of Object.entries(extra)) headers.set(k, v);
    return fetch(url, { ...init, headers });
  };

describe('item 1: SWITCHBOARD_MAX_SESSIONS', () => {
  // Before: no cap; each session held ~0.4 MB until the idle sweep (3,000 sessions here: RSS +1 GB).
  it('3,000 session attempts with a cap of 100: the CLI stays up, RSS stays bounded, an evicted session gets 404', async () => {
    const server = await cli({ SWITCHBOARD_MAX_SESSIONS: '100' });
    const pid = server.child.pid!;
    const first = await openSession(server.url);
    await sleep(300);
    const idle = rssMb(pid);
    let peak = idle;
    const statuses = new Map<number, number>();
    const started = Date.now();
    await pool(3000, 25, async (i) => {
      const r = await raw(server.url, { headers: { ...JSON_HEADERS, ...AUTH }, body: INIT });
      statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
      if (i % 100 === 0) peak = Math.max(peak, rssMb(pid));
    });
    peak = Math.max(peak, rssMb(pid));
    expect(Date.now() - started).toBeLessThan(90_000);
    expect(server.child.exitCode).toBeNull();
    // Every attempt was served: at the cap an idle session made room.
    expect(Object.fromEntries(statuses)).toEqual({ 200: 3000 });
    // 100 live sessions and the garbage of 2,900 evicted ones; without the cap this is over 1 GB.
    expect(peak - idle, `idle ${idle.toFixed(0)} MB, peak ${peak.toFixed(0)} MB`).toBeLessThan(300);
    // The first session was the least recently used: it was evicted, and says so.
    const gone = await raw(server.url, { headers: { ...JSON_HEADERS, ...AUTH, 'mcp-session-id': first }, body: LIST });
    expect(gone.status).toBe(404);
    expect(JSON.parse(gone.text).error.message).toMatch(/Session not found/);
    // The server goes on serving.
    expect((await raw(`${server.origin}/healthz`, { method: 'GET' })).status).toBe(200);
  }, 120_000);

  // Before: sessions grew with every initialize (400 here).
  it('in-process: live sessions and SSE streams never exceed the cap, whatever the concurrency', async () => {
    const settings = loadSettings(['--transport', 'http', '--port', '0', '--sandbox'], {
      SWITCHBOARD_HTTP_TOKEN: TOKEN,
      SWITCHBOARD_MAX_SESSIONS: '20',
    });
    const app = createApp(settings);
    const http = await startHttpServer(app, settings, { onLog: () => {} });
    closers.push(async () => {
      await http.close();
      await app.catalog.close();
    });
    const live = () => http.stats().sessions + http.stats().sseSessions;
    let most = 0;
    const sample = setInterval(() => {
      most = Math.max(most, live());
    }, 1);
    // Three SSE streams count against the cap too.
    const streams = await Promise.all(
      [0, 1, 2].map(
        () =>
          new Promise<IncomingMessage>((resolve, reject) => {
            const req = httpRequest(`${http.origin}/sse`, { headers: { ...AUTH, accept: 'text/event-stream' }, agent: false }, resolve);
            req.on('error', reject);
            req.end();
          }),
      ),
    );
    closers.push(() => {
      for (const s of streams) s.destroy();
    });
    expect(http.stats().sseSessions).toBe(3);
    const heapBefore = process.memoryUsage().heapUsed;
    await pool(400, 20, async () => {
      const r = await raw(http.url, { headers: { ...JSON_HEADERS, ...AUTH }, body: INIT });
      expect(r.status).toBe(200);
      most = Math.max(most, live());
    });
    clearInterval(sample);
    expect(most).toBeLessThanOrEqual(20);
    expect(live()).toBe(20);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(150 * 1024 * 1024);
  }, 60_000);

  // Before: no cap, so no 503 either.
  it('with every session busy, a new one gets 503 and a JSON-RPC error saying why; once one is idle it makes room', async () => {
    let hold = true;
    const waiting: (() => void)[] = [];
    const copper = await fakeCopper((_req, res) => {
      const answer = () => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: 7, name: 'Slow Sloth' }));
      };
      if (hold) waiting.push(answer);
      else answer();
    });
    const server = await cli({ SWITCHBOARD_MAX_SESSIONS: '2' }, copper.url);
    const clients = await Promise.all(
      [0, 1].map(async () => {
        const client = new Client({ name: 'busy', version: '1' });
        await client.connect(new StreamableHTTPClientTransport(new URL(server.url), { fetch: withHeaders(AUTH) }));
        closers.push(() => client.close().catch(() => {}));
        return client;
      }),
    );
    const calls = clients.map((c) => c.callTool({ name: 'copper_get_person', arguments: { id: 7 } }));
    while (waiting.length < 2) await sleep(20);
    const refused = await raw(server.url, { headers: { ...JSON_HEADERS, ...AUTH }, body: INIT });
    expect(refused.status).toBe(503);
    const error = JSON.parse(refused.text).error;
    expect(error.code).toBe(-32000);
    expect(error.message).toMatch(/Too many sessions.*SWITCHBOARD_MAX_SESSIONS.*in progress/);
    hold = false;
    for (const answer of waiting.splice(0)) answer();
    for (const r of await Promise.all(calls)) expect(r.isError).toBeFalsy();
    expect((await raw(server.url, { headers: { ...JSON_HEADERS, ...AUTH }, body: INIT })).status).toBe(200);
  }, 60_000);
});

describe('item 3: connections', () => {
  // Before: after the 401 the server kept reading the dripped body until Node's 300 s requestTimeout.
  it('an unauthenticated POST dripping a large body is answered 401 and its connection closed within a second', async () => {
    const server = await cli({});
    const { port, hostname } = new URL(server.url);
    const socket: Socket = tcpConnect(Number(port), hostname);
    closers.push(() => {
      socket.destroy();
    });
    await new Promise<void>((r) => socket.once('connect', () => r()));
    socket.write(
      `POST /mcp HTTP/1.1\r\nHost: ${hostname}:${port}\r\nContent-Type: application/json\r\nContent-Length: 10000000\r\n\r\n{"jsonrpc":"2.0",`,
    );
    const drip = setInterval(() => {
      if (!socket.destroyed && socket.writable) socket.write(' ');
    }, 100);
    closers.push(() => clearInterval(drip));
    let received = '';
    let answeredAt = 0;
    socket.setEncoding('utf8').on('data', (c: string) => {
      received += c;
      if (!answeredAt && /^HTTP\/1\.1 401/.test(received)) answeredAt = Date.now();
    });
    socket.on('error', () => {});
    const closedAt = await new Promise<number>((resolve, reject) => {
      socket.once('close', () => resolve(Date.now()));
      setTimeout(() => reject(new Error(`still open 5 s later; received: ${received.slice(0, 200)}`)), 5_000);
    });
    expect(received).toMatch(/^HTTP\/1\.1 401/);
    expect(received.toLowerCase()).toContain('connection: close');
    expect(closedAt - answeredAt).toBeLessThan(1_500);
  }, 30_000);

  // Before: no SWITCHBOARD_MAX_CONNECTIONS; Node's 60 s/300 s header and request timeouts.
  it('SWITCHBOARD_MAX_CONNECTIONS bounds open sockets; header and request time are bounded in tens of seconds', async () => {
    const server = await cli({ SWITCHBOARD_MAX_CONNECTIONS: '5' });
    const { port, hostname } = new URL(server.url);
    const open = async () => {
      const socket = tcpConnect(Number(port), hostname);
      socket.on('error', () => {});
      closers.push(() => {
        socket.destroy();
      });
      await new Promise<void>((r) => socket.once('connect', () => r()));
      return socket;
    };
    // Five clients that connect and send nothing hold every slot: a sixth is dropped.
    const held = await Promise.all([0, 1, 2, 3, 4].map(() => open()));
    await sleep(200);
    const dropped = await raw(`${server.origin}/healthz`, { method: 'GET' }).then(
      (r) => r.status,
      (e: Error) => e.message,
    );
    expect(dropped).not.toBe(200);
    for (const s of held) s.destroy();
    await sleep(200);
    expect((await raw(`${server.origin}/healthz`, { method: 'GET' })).status).toBe(200);

    const settings = loadSettings(['--transport', 'http', '--port', '0', '--sandbox'], { SWITCHBOARD_HTTP_TOKEN: TOKEN });
    expect(settings.maxConnections).toBe(2000);
    const app = createApp(settings);
    const http = await startHttpServer(app, settings, { onLog: () => {} });
    closers.push(async () => {
      await http.close();
      await app.catalog.close();
    });
    expect(http.server.maxConnections).toBe(2000);
    expect(http.server.headersTimeout).toBeLessThanOrEqual(30_000);
    expect(http.server.requestTimeout).toBeGreaterThan(0);
    expect(http.server.requestTimeout).toBeLessThanOrEqual(60_000);
    expect(http.server.keepAliveTimeout).toBeLessThanOrEqual(10_000);
  }, 60_000);
});

describe('low items', () => {
  const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);

  // Before: 500 "Internal error" (the SDK re-serializes the parsed body and overflows the stack).
  it('a 100k-deep JSON body answers 400 on /mcp and on /messages, and the server goes on', async () => {
    const server = await cli({});
    const r = await raw(server.url, { headers: { ...JSON_HEADERS, ...AUTH }, body: deep(100_000) });
    expect(r.status).toBe(400);
    expect(JSON.parse(r.text).error.message).toMatch(/nests deeper than/);
    const nested = `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"copper_get_person","arguments":{"id":1,"x":${deep(100_000)}}}}`;
    expect((await raw(server.url, { headers: { ...JSON_HEADERS, ...AUTH }, body: nested })).status).toBe(400);

    // Legacy SSE: open the stream, read its endpoint, post the deep body there.
    const endpoint = await new Promise<string>((resolve, reject) => {
      const req = httpRequest(`${server.origin}/sse`, { headers: { ...AUTH, accept: 'text/event-stream' }, agent: false }, (res) => {
        closers.push(() => {
          res.destroy();
        });
        let text = '';
        res.setEncoding('utf8').on('data', (c: string) => {
          text += c;
          const m = /event: endpoint\ndata: (\S+)/.exec(text);
          if (m) resolve(m[1]);
        });
      });
      req.on('error', reject);
      req.end();
    });
    const viaSse = await raw(new URL(endpoint, server.origin).href, { headers: { ...JSON_HEADERS, ...AUTH }, body: deep(100_000) });
    expect(viaSse.status).toBe(400);
    expect((await raw(server.url, { headers: { ...JSON_HEADERS, ...AUTH }, body: INIT })).status).toBe(200);
  }, 60_000);

  // Before: Node joined the repeated headers into one list, so two narrowings became their union.
  it('a repeated narrowing header is refused with 400 on both eras; the same names in one header are served', async () => {
    const server = await cli({});
    const twice = { ...JSON_HEADERS, ...AUTH, 'x-mcp-tools': ['copper_get_person', 'copper_delete_person'] };
    const legacy = await raw(server.url, { headers: twice, body: INIT });
    expect(legacy.status).toBe(400);
    expect(JSON.parse(legacy.text).error.message).toMatch(/X-MCP-Tools was sent more than once/i);
    const once = await raw(server.url, { headers: { ...JSON_HEADERS, ...AUTH, 'x-mcp-tools': 'copper_get_person' }, body: INIT });
    expect(once.status).toBe(200);

    // The 2026-07-28 leg: replay a real modern client's first request with the header repeated.
    let captured: { headers: Record<string, string>; body: string } | undefined;
    const recording: FetchLike = async (url, init) => {
      const headers = new Headers(init?.headers);
      headers.set('authorization', AUTH.authorization);
      if (!captured && init?.method === 'POST') captured = { headers: Object.fromEntries(headers), body: String(init.body) };
      return fetch(url, { ...init, headers });
    };
    const client = new Client({ name: 'modern', version: '1' }, { versionNegotiation: { mode: { pin: '2026-07-28' } } });
    await client.connect(new StreamableHTTPClientTransport(new URL(server.url), { fetch: recording }));
    expect(client.getProtocolEra()).toBe('modern');
    await client.close();
    const modernOnce = await raw(server.url, {
      headers: { ...captured!.headers, 'x-mcp-tools': 'copper_get_person' },
      body: captured!.body,
    });
    expect(modernOnce.status).toBe(200);
    const modernTwice = await raw(server.url, {
      headers: { ...captured!.headers, 'x-mcp-tools': ['copper_get_person', 'copper_delete_person'] },
      body: captured!.body,
    });
    expect(modernTwice.status).toBe(400);
    const readOnlyTwice = await raw(server.url, { headers: { ...captured!.headers, 'x-mcp-readonly': ['1', '0'] }, body: captured!.body });
    expect(readOnlyTwice.status).toBe(400);
  }, 60_000);

  // Before: the listener closed at once (new connections refused), and calls still running when
  // the process exited got no answer at all.
  it('SIGTERM: new requests get 503 during the grace period; calls still running at its end get "server is stopping" (writes: may have been applied), audited', async () => {
    const copper = await fakeCopper(() => {
      /* never answers */
    });
    const dir = mkdtempSync(join(tmpdir(), 'switchboard-sigterm-'));
    const audit = join(dir, 'audit.jsonl');
    const server = await cli({ SWITCHBOARD_SHUTDOWN_GRACE_SECONDS: '2' }, copper.url, ['--audit-log', audit]);
    const exited = new Promise<number | null>((r) => server.child.once('exit', (code) => r(code)));
    const client = new Client({ name: 'sigterm', version: '1' });
    await client.connect(new StreamableHTTPClientTransport(new URL(server.url), { fetch: withHeaders(AUTH) }));
    closers.push(() => client.close().catch(() => {}));
    const write = client.callTool({ name: 'copper_create_person', arguments: { name: 'Cut Off' } });
    const read = client.callTool({ name: 'copper_get_person', arguments: { id: 7 } });
    while (copper.hits.length < 2) await sleep(20);
    const t0 = Date.now();
    (server.child as ChildProcess).kill('SIGTERM');
    await sleep(300);
    const during = await raw(server.url, { headers: { ...JSON_HEADERS, ...AUTH }, body: INIT }).then(
      (r) => r.status,
      (e: Error) => e.message,
    );
    expect(during).toBe(503);
    const [w, r] = (await Promise.all([write, read])) as { isError?: boolean; content: { text: string }[] }[];
    expect(Date.now() - t0).toBeGreaterThanOrEqual(1_500);
    expect(w.isError).toBe(true);
    expect(w.content[0].text).toMatch(/server is stopping/);
    expect(w.content[0].text).toMatch(/may have been applied/);
    expect(r.isError).toBe(true);
    expect(r.content[0].text).toMatch(/server is stopping/);
    expect(await exited).toBe(0);
    const lines = readFileSync(audit, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const writes = lines.filter((l) => l.tool === 'copper_create_person');
    expect(writes.map((l) => l.phase)).toEqual(['intent', 'outcome']);
    expect(writes[1].call_id).toBe(writes[0].call_id);
    expect(writes[1].outcome).toBe('error');
    expect(lines.filter((l) => l.tool === 'copper_get_person').map((l) => l.outcome)).toEqual(['error']);
  }, 60_000);

  // Before: the walk went on to the page cap (50 pages) after the client had gone.
  it('a 2025-era client that aborts its POST stops the page walk', async () => {
    // Every page full and new (a repeated page would end the walk by itself).
    let served = 0;
    const page = () => {
      const from = served++ * 200;
      return Array.from({ length: 200 }, (_, i) => ({ id: from + i + 1, name: `Person ${from + i}`, emails: [], tags: [] }));
    };
    const copper = await fakeCopper((_req, res) => {
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(page()));
      }, 150);
    });
    const server = await cli({}, copper.url);
    const sid = await openSession(server.url);
    const abort = new AbortController();
    const call = JSON.stringify({
      jsonrpc: '2.0',
      id: 3,
      method: 'tools/call',
      params: { name: 'copper_search_people', arguments: { max_records: 100_000 } },
    });
    const pending = raw(server.url, {
      headers: { ...JSON_HEADERS, ...AUTH, 'mcp-session-id': sid },
      body: call,
      signal: abort.signal,
    }).catch((e: Error) => e.name);
    while (copper.hits.length < 3) await sleep(20);
    abort.abort();
    expect(await pending).toBe('AbortError');
    const atAbort = copper.hits.length;
    await sleep(1_500);
    // At most the page already on its way when the client left.
    expect(copper.hits.length - atAbort).toBeLessThanOrEqual(1);
    // The session itself goes on.
    expect((await raw(server.url, { headers: { ...JSON_HEADERS, ...AUTH, 'mcp-session-id': sid }, body: LIST })).status).toBe(200);
  }, 60_000);
});
