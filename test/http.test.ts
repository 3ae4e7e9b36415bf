// The HTTP transport through real clients: the SDK v2 Client over Streamable HTTP in both eras and over
// the legacy HTTP+SSE transport, plus raw node:http requests where a client would not misbehave on
// purpose (foreign Host, missing token, oversized body). Upstreams are the sandbox emulators.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, SSEClientTransport, StreamableHTTPClientTransport, type FetchLike } from '@modelcontextprotocol/client';
import { ConfigError, loadSettings } from '../src/config.js';
import { createApp, type App } from '../src/app.js';
import { startHttpServer, type HttpServerHandle } from '../src/http.js';
import { Emulator } from '../src/sandbox/emulator.js';
import { toolsets } from '../tools/index.js';
import { ALL_SECRETS, TEST_CREDENTIALS } from './harness.js';
import { rawRequest } from './net.js';

const TOKEN = 'http-token-S3CRET-5e1f0a77';
const FAST = '100000/1s';
type Era = 'legacy' | 'modern' | 'sse';

interface Served {
  app: App;
  http: HttpServerHandle;
  emulators: Record<string, Emulator>;
  logs: string[];
  close(): Promise<void>;
}

/** Emulators for the given toolsets (all registered ones by default) and the HTTP server in front of the app. */
async function serve(o: { args?: string[]; env?: Record<string, string>; apis?: string[]; graceMs?: number } = {}): Promise<Served> {
  const apis = o.apis ?? toolsets.map((t) => t.api.id).filter((id) => TEST_CREDENTIALS[id]);
  const env: Record<string, string> = { SWITCHBOARD_HTTP_TOKEN: TOKEN };
  const emulators: Record<string, Emulator> = {};
  for (const id of apis) {
    const set = toolsets.find((t) => t.api.id === id)!;
    const basePath = new URL(set.api.baseUrl.default).pathname.replace(/\/$/, '');
    const e = new Emulator(set.api, set.tools, await set.api.sandbox(), { credentials: TEST_CREDENTIALS[id], basePath, rateLimit: FAST });
    emulators[id] = e;
    Object.assign(env, TEST_CREDENTIALS[id], { [set.api.baseUrl.env]: (await e.start()) + basePath, [set.api.rateLimit.env]: FAST });
  }
  const settings = loadSettings(['--transport', 'http', '--port', '0', ...(o.args ?? [])], { ...env, ...o.env });
  const app = createApp(settings);
  const logs: string[] = [];
  const http = await startHttpServer(app, settings, { onLog: (m) => logs.push(m), shutdownGraceMs: o.graceMs });
  return {
    app,
    http,
    emulators,
    logs,
    async close() {
      await http.close();
      await app.catalog.close();
      await Promise.all(Object.values(emulators).map((e) => e.stop()));
    },
  };
}

const withHeaders =
  (extra: Record<string, string>): FetchLike =>
  (url, init) => {
    const headers = new Headers(init?.headers);
    for (const [k, v] of Object.entries(extra)) headers.set(k, v);
    return fetch(url, { ...init, headers });
  };

interface Connected {
  client: Client;
  transport: StreamableHTTPClientTransport | SSEClientTransport;
}

async function connect(s: Served, era: Era, headers: Record<string, string> = {}): Promise<Connected> {
  const fetchWith = withHeaders({ authorization: `Bearer ${TOKEN}`, ...headers });
  const client = new Client(
    { name: 'http-test', version: '1.0.0' },
    era === 'modern' ? { versionNegotiation: { mode: { pin: '2026-07-28' } } } : undefined,
  );
  const transport =
    era === 'sse'
      ? new SSEClientTransport(new URL(`${s.http.origin}/sse`), { fetch: fetchWith })
      : new StreamableHTTPClientTransport(new URL(s.http.url), { fetch: fetchWith });
  await client.connect(transport);
  return { client, transport };
}

async function call(client: Client, name: string, args: Record<string, unknown> = {}) {
  const r = (await client.callTool({ name, arguments: args })) as { isError?: boolean; content: { type: string; text: string }[] };
  const text = r.content.map((c) => c.text).join('\n');
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { isError: r.isError, text, json };
}

/** A plain HTTP request with any headers (fetch will not send a foreign Host). */
const raw = rawRequest;

const INIT = JSON.stringify({
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '1' } },
});
const LIST = JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'tools/list', params: {} });
const JSON_HEADERS = { 'content-type': 'application/json', accept: 'application/json, text/event-stream' };
const authed = (extra: Record<string, string> = {}) => ({ ...JSON_HEADERS, authorization: `Bearer ${TOKEN}`, ...extra });

let main: Served;
let allTools: string[];
let readTools: string[];

beforeAll(async () => {
  main = await serve();
  allTools = main.app.catalog.tools.map((t) => t.name).sort();
  readTools = main.app.catalog.tools
    .filter((t) => t.exec.decl.access === 'read')
    .map((t) => t.name)
    .sort();
});
afterAll(async () => {
  await main?.close();
});

describe('serving both eras and the legacy SSE transport', () => {
  for (const era of ['legacy', 'modern', 'sse'] as const) {
    it(`${era}: lists and calls a sandbox tool`, async () => {
      const { client, transport } = await connect(main, era);
      try {
        if (era !== 'sse') expect(client.getProtocolEra()).toBe(era);
        if (era === 'legacy') expect((transport as StreamableHTTPClientTransport).sessionId).toMatch(/^[0-9a-f-]{36}$/);
        if (era === 'modern') expect((transport as StreamableHTTPClientTransport).sessionId).toBeUndefined();
        const { tools } = await client.listTools();
        expect(tools.map((t) => t.name).sort()).toEqual(allTools);
        const r = await call(client, 'copper_get_person', { id: 1000 });
        expect(r.isError, r.text).toBeFalsy();
        expect(r.json.name).toBe('Ada Lovelace');
        const missing = await call(client, 'copper_get_person', { id: 1 });
        expect(missing.isError).toBe(true);
        for (const secret of [...ALL_SECRETS, TOKEN]) expect(r.text + missing.text).not.toContain(secret);
      } finally {
        await client.close();
      }
    });
  }

  it('sends upstream only the configured credentials, never what an HTTP client sends', async () => {
    const copper = main.emulators.copper;
    const { client } = await connect(main, 'legacy', { 'X-PW-AccessToken': 'attacker-key', 'X-PW-UserEmail': 'attacker@example.com' });
    try {
      const before = copper.requests.length;
      expect((await call(client, 'copper_get_person', { id: 1000 })).isError).toBeFalsy();
      const sent = copper.requests.slice(before).at(-1)!;
      expect(sent.headers['x-pw-accesstoken']).toBe(TEST_CREDENTIALS.copper.COPPER_API_KEY);
      expect(sent.headers['x-pw-useremail']).toBe(TEST_CREDENTIALS.copper.COPPER_USER_EMAIL);
      expect(sent.headers.authorization).toBeUndefined(); // the HTTP bearer token stays on this side too
    } finally {
      await client.close();
    }
  });
});

describe('bearer token', () => {
  it('answers 401 without the token or with a wrong one, on every MCP route', async () => {
    for (const [path, method, body] of [
      ['/mcp', 'POST', INIT],
      ['/sse', 'GET', undefined],
      ['/messages?sessionId=x', 'POST', LIST],
    ] as const) {
      const none = await raw(main.http.origin + path, { method, headers: JSON_HEADERS, body });
      expect(none.status, path).toBe(401);
      expect(none.headers['www-authenticate']).toMatch(/^Bearer /);
      const wrong = await raw(main.http.origin + path, { method, headers: { ...JSON_HEADERS, authorization: `Bearer ${TOKEN}x` }, body });
      expect(wrong.status, path).toBe(401);
      expect(wrong.text).not.toContain(TOKEN);
    }
  });

  it('a client without the token cannot connect', async () => {
    const client = new Client({ name: 'no-token', version: '1' });
    await expect(client.connect(new StreamableHTTPClientTransport(new URL(main.http.url)))).rejects.toThrow();
  });

  it('refuses to listen on a non-loopback host without a token', async () => {
    const env = { ...TEST_CREDENTIALS.copper };
    for (const host of ['0.0.0.0', '192.0.2.10', '::']) {
      const settings = loadSettings(['--transport', 'http', '--host', host, '--port', '0'], env);
      const app = createApp(settings);
      await expect(startHttpServer(app, settings)).rejects.toThrow(ConfigError);
      await expect(startHttpServer(app, settings)).rejects.toThrow(/SWITCHBOARD_HTTP_TOKEN/);
      await app.catalog.close();
    }
  });
});

describe('Host and Origin checks (DNS rebinding)', () => {
  it('answers 403 to a foreign Host on every route, /healthz included', async () => {
    for (const path of ['/mcp', '/sse', '/healthz']) {
      const r = await raw(main.http.origin + path, {
        method: path === '/mcp' ? 'POST' : 'GET',
        headers: authed({ host: 'evil.example.com' }),
        body: path === '/mcp' ? INIT : undefined,
      });
      expect(r.status, path).toBe(403);
    }
  });

  it('answers 403 to a foreign Origin and serves a local one', async () => {
    const evil = await raw(main.http.url, { method: 'POST', headers: authed({ origin: 'https://evil.example.com' }), body: INIT });
    expect(evil.status).toBe(403);
    const nullOrigin = await raw(main.http.url, { method: 'POST', headers: authed({ origin: 'null' }), body: INIT });
    expect(nullOrigin.status).toBe(403);
    const local = await raw(main.http.url, { method: 'POST', headers: authed({ origin: 'http://localhost:6274' }), body: INIT });
    expect(local.status).toBe(200);
  });
});

describe('sessions (2025 era)', () => {
  it('DELETE ends a session; a later request with its id gets 404', async () => {
    const { client, transport } = await connect(main, 'legacy');
    const t = transport as StreamableHTTPClientTransport;
    const sid = t.sessionId!;
    expect((await client.listTools()).tools.length).toBe(allTools.length);
    const open = main.http.stats().sessions;
    await t.terminateSession();
    expect(main.http.stats().sessions).toBe(open - 1);
    const after = await raw(main.http.url, {
      method: 'POST',
      headers: authed({ 'mcp-session-id': sid, 'mcp-protocol-version': '2025-06-18' }),
      body: LIST,
    });
    expect(after.status).toBe(404);
    await client.close();
  });

  it('a request without a session id that is not initialize gets 400', async () => {
    const r = await raw(main.http.url, { method: 'POST', headers: authed(), body: LIST });
    expect(r.status).toBe(400);
  });
});

describe('narrowing headers', () => {
  const names = async (c: Client) => (await c.listTools()).tools.map((t) => t.name).sort();

  for (const era of ['legacy', 'modern', 'sse'] as const) {
    it(`${era}: X-MCP-Readonly hides write tools and refuses a write`, async () => {
      const { client } = await connect(main, era, { 'X-MCP-Readonly': '1' });
      try {
        const listed = (await client.listTools()).tools;
        expect(listed.map((t) => t.name).sort()).toEqual(readTools);
        expect(listed.every((t) => t.annotations?.readOnlyHint === true)).toBe(true);
        const write = await client.callTool({ name: 'copper_create_person', arguments: { name: 'Mallory' } }).then(
          (r) => ({ isError: r.isError as boolean | undefined }),
          () => ({ isError: true }),
        );
        expect(write.isError).toBe(true);
        const created = main.emulators.copper.requests.filter(
          (r) => r.method === 'POST' && r.path.endsWith('/people') && JSON.stringify(r.body).includes('Mallory'),
        );
        expect(created).toEqual([]);
      } finally {
        await client.close();
      }
    });

    it(`${era}: X-MCP-Toolsets, X-MCP-Tools and X-MCP-Exclude-Tools narrow`, async () => {
      const cases: [Record<string, string>, string[]][] = [
        [{ 'X-MCP-Toolsets': 'copper' }, allTools.filter((n) => n.startsWith('copper_'))],
        [{ 'X-MCP-Tools': 'copper_get_person, copper_search_people' }, ['copper_get_person', 'copper_search_people']],
        [
          { 'X-MCP-Exclude-Tools': 'copper_delete_person,copper_delete_webhook' },
          allTools.filter((n) => n !== 'copper_delete_person' && n !== 'copper_delete_webhook'),
        ],
        [
          { 'X-MCP-Toolsets': 'copper', 'X-MCP-Tools': 'copper_get_person,copper_create_person', 'X-MCP-Readonly': 'true' },
          ['copper_get_person'],
        ],
      ];
      for (const [headers, expected] of cases) {
        const { client } = await connect(main, era, headers);
        try {
          expect(await names(client), JSON.stringify(headers)).toEqual(expected.sort());
          if (expected.includes('copper_get_person'))
            expect((await call(client, 'copper_get_person', { id: 1000 })).json.name).toBe('Ada Lovelace');
        } finally {
          await client.close();
        }
      }
    });
  }

  it('an unknown tool or toolset name in a header is a 400, not silence', async () => {
    for (const [h, v] of [
      ['X-MCP-Tools', 'copper_no_such_tool'],
      ['X-MCP-Toolsets', 'salesforce'],
      ['X-MCP-Exclude-Tools', 'nope'],
      ['X-MCP-Readonly', 'maybe'],
    ]) {
      const r = await raw(main.http.url, { method: 'POST', headers: authed({ [h]: v }), body: INIT });
      expect(r.status, h).toBe(400);
    }
  });
});

describe('X-MCP-Policy-Profile', () => {
  it('narrows to a profile of the --policy file in both eras; an unknown profile is a 400', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'switchboard-http-'));
    const policy = join(dir, 'policy.yaml');
    writeFileSync(
      policy,
      'apis: {copper: {resources: {person: full, company: read}}}\nprofiles:\n  people-read: {apis: {copper: {resources: {person: read}}}}\n  everything: {default: full}\n',
    );
    const s = await serve({ apis: ['copper'], args: ['--policy', policy] });
    try {
      const base = s.app.catalog.tools.map((t) => t.name).sort();
      expect(base).toContain('copper_delete_person');
      expect(base).toContain('copper_get_company');
      for (const era of ['legacy', 'modern', 'sse'] as const) {
        const { client } = await connect(s, era, { 'X-MCP-Policy-Profile': 'people-read' });
        try {
          expect((await client.listTools()).tools.map((t) => t.name).sort()).toEqual([
            'copper_fetch_person_by_email',
            'copper_get_person',
            'copper_search_people',
          ]);
          expect(
            await client.callTool({ name: 'copper_delete_person', arguments: { id: 1000 } }).then(
              (r) => r.isError,
              () => true,
            ),
          ).toBe(true);
        } finally {
          await client.close();
        }
        const wide = await connect(s, era, { 'X-MCP-Policy-Profile': 'everything' });
        try {
          expect((await wide.client.listTools()).tools.map((t) => t.name).sort()).toEqual(base); // a profile never widens
        } finally {
          await wide.client.close();
        }
      }
      expect((await raw(s.http.url, { method: 'POST', headers: authed({ 'X-MCP-Policy-Profile': 'nope' }), body: INIT })).status).toBe(400);
    } finally {
      await s.close();
    }
  });
});

describe('a narrowed server (flags/env) and the HTTP limits', () => {
  let aux: Served;
  beforeAll(async () => {
    aux = await serve({
      apis: ['copper'],
      args: ['--read-only', '--exclude-tools', 'copper_search_people'],
      env: { SWITCHBOARD_ALLOWED_HOSTS: 'mcp.example.com', SWITCHBOARD_MAX_BODY_BYTES: '4096', SWITCHBOARD_SESSION_IDLE_SECONDS: '1' },
    });
  });
  afterAll(async () => {
    await aux?.close();
  });

  for (const era of ['legacy', 'modern'] as const) {
    it(`${era}: headers cannot widen what flags allow`, async () => {
      const headers = {
        'X-MCP-Readonly': '0',
        'X-MCP-Tools': 'copper_get_person,copper_search_people,copper_create_person',
        'X-MCP-Toolsets': 'copper',
      };
      const { client } = await connect(aux, era, headers);
      try {
        expect((await client.listTools()).tools.map((t) => t.name)).toEqual(['copper_get_person']);
        const write = await client.callTool({ name: 'copper_create_person', arguments: { name: 'Mallory' } }).then(
          (r) => r.isError,
          () => true,
        );
        expect(write).toBe(true);
      } finally {
        await client.close();
      }
    });
  }

  it('a toolset without credentials named in a header adds nothing', async () => {
    const other = toolsets.map((t) => t.api.id).find((id) => id !== 'copper');
    if (!other) return; // only one toolset registered yet
    const { client } = await connect(aux, 'modern', { 'X-MCP-Toolsets': other });
    try {
      expect((await client.listTools()).tools).toEqual([]);
    } finally {
      await client.close();
    }
  });

  it('SWITCHBOARD_ALLOWED_HOSTS admits a proxy host name', async () => {
    expect((await raw(`${aux.http.origin}/healthz`, { headers: { host: 'mcp.example.com' } })).status).toBe(200);
    expect((await raw(`${aux.http.origin}/healthz`, { headers: { host: 'mcp.example.com:443' } })).status).toBe(200);
    expect((await raw(`${aux.http.origin}/healthz`, { headers: { host: 'other.example.com' } })).status).toBe(403);
  });

  it('a body over SWITCHBOARD_MAX_BODY_BYTES gets 413; a wrong Content-Type 415; bad JSON 400', async () => {
    const big = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { pad: 'x'.repeat(8000) } });
    expect((await raw(aux.http.url, { method: 'POST', headers: authed(), body: big })).status).toBe(413);
    expect((await raw(aux.http.url, { method: 'POST', headers: authed({ 'content-type': 'text/plain' }), body: INIT })).status).toBe(415);
    expect((await raw(aux.http.url, { method: 'POST', headers: authed(), body: '{"jsonrpc":' })).status).toBe(400);
  });

  it('an idle session expires (SWITCHBOARD_SESSION_IDLE_SECONDS)', async () => {
    const init = await raw(aux.http.url, { method: 'POST', headers: authed(), body: INIT });
    expect(init.status).toBe(200);
    const sid = init.headers['mcp-session-id'] as string;
    const h = authed({ 'mcp-session-id': sid, 'mcp-protocol-version': '2025-06-18' });
    expect(
      (
        await raw(aux.http.url, {
          method: 'POST',
          headers: h,
          body: JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' }),
        })
      ).status,
    ).toBe(202);
    expect((await raw(aux.http.url, { method: 'POST', headers: h, body: LIST })).status).toBe(200);
    expect(aux.http.stats().sessions).toBeGreaterThanOrEqual(1);
    await new Promise((r) => setTimeout(r, 1800));
    expect(aux.http.stats().sessions).toBe(0);
    expect((await raw(aux.http.url, { method: 'POST', headers: h, body: LIST })).status).toBe(404);
  });
});

describe('--stateless', () => {
  let st: Served;
  beforeAll(async () => {
    st = await serve({ apis: ['copper'], args: ['--stateless'] });
  });
  afterAll(async () => {
    await st?.close();
  });

  it('answers 2025-era clients per request, with no session id', async () => {
    const { client, transport } = await connect(st, 'legacy');
    try {
      expect(client.getProtocolEra()).toBe('legacy');
      expect((transport as StreamableHTTPClientTransport).sessionId).toBeUndefined();
      expect((await call(client, 'copper_get_person', { id: 1000 })).json.name).toBe('Ada Lovelace');
    } finally {
      await client.close();
    }
    const init = await raw(st.http.url, { method: 'POST', headers: authed(), body: INIT });
    expect(init.status).toBe(200);
    expect(init.headers['mcp-session-id']).toBeUndefined();
    expect((await raw(st.http.url, { method: 'DELETE', headers: authed() })).status).toBe(405);
  });

  it('narrowing headers apply per request in both eras', async () => {
    for (const era of ['legacy', 'modern'] as const) {
      const { client } = await connect(st, era, { 'X-MCP-Readonly': '1', 'X-MCP-Exclude-Tools': 'copper_get_account' });
      try {
        const listed = (await client.listTools()).tools.map((t) => t.name);
        expect(listed).not.toContain('copper_get_account');
        expect(listed.length).toBe(st.app.catalog.tools.filter((t) => t.exec.decl.access === 'read').length - 1);
      } finally {
        await client.close();
      }
    }
  });
});

describe('load and cost', () => {
  for (const era of ['legacy', 'modern'] as const) {
    it(`${era}: 200 concurrent calls over HTTP all succeed`, async () => {
      const { client } = await connect(main, era);
      try {
        const results = await Promise.all(
          Array.from({ length: 200 }, (_, i) => call(client, 'copper_get_person', { id: i % 2 ? 1000 : 1001 })),
        );
        const failed = results.filter((r) => r.isError || !r.json?.id);
        expect(failed.map((r) => r.text)).toEqual([]);
      } finally {
        await client.close();
      }
    });
  }

  it('measures one stateless request (tools/list, all toolsets): binding only', async () => {
    // Capture the exact 2026-07-28 tools/list request a v2 client sends, then replay it: the replay
    // time is the server's (plus loopback HTTP), without the client parsing 100+ tool schemas.
    let captured: { body: string; headers: Headers } | undefined;
    const recorder: FetchLike = (url, init) => {
      const body = typeof init?.body === 'string' ? init.body : '';
      if (body.includes('"tools/list"'))
        captured = { body, headers: new Headers({ ...Object.fromEntries(new Headers(init?.headers)), authorization: `Bearer ${TOKEN}` }) };
      return withHeaders({ authorization: `Bearer ${TOKEN}` })(url, init);
    };
    const client = new Client({ name: 'cost', version: '1' }, { versionNegotiation: { mode: { pin: '2026-07-28' } } });
    await client.connect(new StreamableHTTPClientTransport(new URL(main.http.url), { fetch: recorder }));
    try {
      const n = 200;
      for (let i = 0; i < 20; i++) await client.listTools(); // warm-up
      let t0 = performance.now();
      for (let i = 0; i < n; i++) await client.listTools();
      const perClientCall = (performance.now() - t0) / n;
      expect(captured).toBeDefined();
      const replay = async () => {
        const r = await fetch(main.http.url, { method: 'POST', headers: captured!.headers, body: captured!.body });
        const text = await r.text();
        expect(r.status).toBe(200);
        return text.length;
      };
      const bytes = await replay();
      t0 = performance.now();
      for (let i = 0; i < n; i++) await replay();
      const perRequest = (performance.now() - t0) / n;
      t0 = performance.now();
      for (let i = 0; i < n; i++) main.app.factory();
      const perBind = (performance.now() - t0) / n;
      console.log(
        `[cost] stateless 2026-07-28 tools/list, ${main.app.catalog.tools.length} tools in ${main.app.catalog.apis.length} toolsets, ${Math.round(bytes / 1024)} KiB: ` +
          `${perRequest.toFixed(2)} ms per request over loopback HTTP (server side), of which app.factory() binding ${perBind.toFixed(3)} ms; ` +
          `${perClientCall.toFixed(2)} ms per client.listTools() including the client's own parsing`,
      );
      expect(perBind).toBeLessThan(perRequest);
      expect(perRequest).toBeLessThan(250); // generous: shared CI cores
    } finally {
      await client.close();
    }
  });
});

describe('/healthz and graceful shutdown', () => {
  it('/healthz needs no token', async () => {
    const r = await raw(`${main.http.origin}/healthz`);
    expect(r.status).toBe(200);
    expect(JSON.parse(r.text)).toEqual({ status: 'ok' });
    expect((await raw(`${main.http.origin}/healthz`, { method: 'POST' })).status).toBe(405);
    expect((await raw(`${main.http.origin}/nope`, { headers: authed() })).status).toBe(404);
  });

  it('the CLI finishes an in-flight call on SIGTERM, then exits 0', async () => {
    const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
    if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` (npm test does)');
    const slow: Server = createServer((_req, res) => {
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: 7, name: 'Slow Sloth' }));
      }, 800);
    });
    await new Promise<void>((r) => slow.listen(0, '127.0.0.1', () => r()));
    const env = {
      PATH: process.env.PATH,
      ...TEST_CREDENTIALS.copper,
      COPPER_BASE_URL: `http://127.0.0.1:${(slow.address() as { port: number }).port}/v1`,
      SWITCHBOARD_HTTP_TOKEN: TOKEN,
    };
    const child = spawn(process.execPath, [cli, '--transport', 'http', '--port', '0'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        child.stderr!.setEncoding('utf8').on('data', (c: string) => {
          stderr += c;
          const m = /listening on (http:\/\/\S+\/mcp)/.exec(stderr);
          if (m) resolve(m[1]);
        });
        setTimeout(() => reject(new Error(`no listening line: ${stderr}`)), 20_000);
      });
      const client = new Client({ name: 'sigterm', version: '1' });
      await client.connect(new StreamableHTTPClientTransport(new URL(url), { fetch: withHeaders({ authorization: `Bearer ${TOKEN}` }) }));
      const pending = call(client, 'copper_get_person', { id: 7 });
      await new Promise((r) => setTimeout(r, 300));
      child.kill('SIGTERM');
      const r = await pending;
      expect(r.json?.name, r.text).toBe('Slow Sloth');
      expect(await exited).toBe(0);
      expect(stderr).toMatch(/SIGTERM: finishing in-flight calls/);
      expect(stderr).not.toContain(TOKEN);
      await client.close().catch(() => {});
    } finally {
      child.kill('SIGKILL');
      await new Promise((r) => slow.close(() => r(undefined)));
    }
  });

  it('close() lets in-flight calls finish in every era, then refuses new ones', async () => {
    // A slow upstream: every request takes 600 ms.
    const slow: Server = createServer((req, res) => {
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: 7, name: 'Slow Sloth', path: req.url }));
      }, 600);
    });
    await new Promise<void>((r) => slow.listen(0, '127.0.0.1', () => r()));
    const port = (slow.address() as { port: number }).port;
    const s = await serve({
      apis: [],
      env: { ...TEST_CREDENTIALS.copper, COPPER_BASE_URL: `http://127.0.0.1:${port}/developer_api/v1` },
      graceMs: 5000,
    });
    try {
      const clients = await Promise.all((['legacy', 'modern', 'sse'] as const).map((era) => connect(s, era)));
      const calls = clients.map(({ client }) => call(client, 'copper_get_person', { id: 7 }));
      await new Promise((r) => setTimeout(r, 200));
      const t0 = Date.now();
      const closing = s.http.close();
      await new Promise((r) => setTimeout(r, 50));
      expect((await raw(`${s.http.origin}/healthz`).catch(() => ({ status: 0 }))).status).not.toBe(200);
      const results = await Promise.all(calls);
      for (const r of results) expect(r.json?.name, r.text).toBe('Slow Sloth');
      await closing;
      expect(Date.now() - t0).toBeGreaterThanOrEqual(300);
      await Promise.all(clients.map(({ client }) => client.close().catch(() => {})));
    } finally {
      await s.close();
      await new Promise((r) => slow.close(() => r(undefined)));
    }
  });
});
