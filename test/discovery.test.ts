// Discovery mode (issue 14) through the real MCP client: four meta-tools instead of the full list, in
// memory and over createMcpHandler (both eras), over the HTTP transport with X-MCP-Discovery, and over
// stdio with the built CLI (--discovery, SWITCHBOARD_DISCOVERY). The inner call must behave exactly
// like a direct one: same validation texts, same refusals, progress, cancellation and audit.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client, StreamableHTTPClientTransport, type FetchLike } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import { afterEach, describe, expect, it } from 'vitest';
import { AuditLog } from '../src/audit.js';
import { ConfigError, loadSettings } from '../src/config.js';
import { createApp } from '../src/app.js';
import { narrowingFromHeaders, startHttpServer } from '../src/http.js';
import { loadPolicy, Policy } from '../src/policy.js';
import { Emulator } from '../src/sandbox/emulator.js';
import { toolsets } from '../tools/index.js';
import { startHarness, TEST_CREDENTIALS, type Harness } from './harness.js';
import { tokens } from './tokens.js';

const ALL = toolsets.map((t) => t.api.id);
const META = ['switchboard_search_tools', 'switchboard_describe_tool', 'switchboard_call_read_tool', 'switchboard_call_write_tool'];
const READ_META = META.slice(0, 3);
const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'switchboard-discovery-'));
const people = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: 10_000 + i,
    name: `Person ${i}`,
    emails: [{ email: `p${i}@bulk.example`, category: 'work' }],
    tags: [],
  }));

let h: Harness | undefined;
let full: Harness | undefined;
afterEach(async () => {
  await h?.close();
  await full?.close();
  h = full = undefined;
});

const names = async (x: Harness | Client) => (await ('client' in x ? x.client : x).listTools()).tools.map((t) => t.name);
const hitNames = (text: string) =>
  text
    .split('\n')
    .filter((l) => /^\w+ \(/.test(l))
    .map((l) => l.split(' ')[0]);

describe('settings', () => {
  it('--discovery and SWITCHBOARD_DISCOVERY turn it on; a bad value is one clear error', () => {
    expect(loadSettings([], {}).discovery).toBe(false);
    expect(loadSettings(['--discovery'], {}).discovery).toBe(true);
    expect(loadSettings([], { SWITCHBOARD_DISCOVERY: '1' }).discovery).toBe(true);
    expect(loadSettings([], { SWITCHBOARD_DISCOVERY: 'off' }).discovery).toBe(false);
    expect(() => loadSettings([], { SWITCHBOARD_DISCOVERY: 'maybe' })).toThrow(ConfigError);
    expect(() => loadSettings([], { SWITCHBOARD_DISCOVERY: 'maybe' })).toThrow(/SWITCHBOARD_DISCOVERY/);
  });

  it('X-MCP-Discovery is read like the other narrowing headers', () => {
    const policy = Policy.allowAll();
    expect(narrowingFromHeaders((n) => (({ 'x-mcp-discovery': '1' }) as Record<string, string>)[n], policy).discovery).toBe(true);
    expect(narrowingFromHeaders((n) => (({ 'x-mcp-discovery': 'false' }) as Record<string, string>)[n], policy).discovery).toBeUndefined();
    expect(narrowingFromHeaders(() => undefined, policy).discovery).toBeUndefined();
    expect(() => narrowingFromHeaders((n) => (({ 'x-mcp-discovery': 'maybe' }) as Record<string, string>)[n], policy)).toThrow(
      /X-MCP-Discovery/,
    );
  });
});

describe('the listed surface', () => {
  for (const era of ['legacy', 'modern'] as const) {
    it(`${era}: exactly the four meta-tools, ≤ 1,500 tokens together, with honest annotations`, async () => {
      h = await startHarness({ apis: ALL, era, narrowing: { discovery: true } });
      const { tools } = await h.client.listTools();
      expect(tools.map((t) => t.name)).toEqual(META);
      expect(tokens(tools)).toBeLessThanOrEqual(1500);
      const by = Object.fromEntries(tools.map((t) => [t.name, t]));
      expect(by.switchboard_call_read_tool.annotations).toMatchObject({ readOnlyHint: true, destructiveHint: false });
      expect(by.switchboard_call_write_tool.annotations).toMatchObject({ readOnlyHint: false, destructiveHint: true });
      expect(by.switchboard_search_tools.annotations?.readOnlyHint).toBe(true);
      expect(by.switchboard_describe_tool.annotations?.readOnlyHint).toBe(true);
    });

    it(`${era}: three when the session is read-only, and switchboard_call_write_tool refuses`, async () => {
      h = await startHarness({ apis: ['copper'], era, narrowing: { discovery: true, readOnly: true } });
      expect(await names(h)).toEqual(READ_META);
      const w = await h.call('switchboard_call_write_tool', { name: 'copper_create_person', arguments: { name: 'Mallory' } });
      expect(w.isError).toBe(true);
      expect(w.text).toMatch(/not available: .*read-only.*Nothing was sent\.$/);
      const r = await h.call('switchboard_call_read_tool', { name: 'copper_create_person', arguments: { name: 'Mallory' } });
      expect(r.isError).toBe(true);
      expect(r.text).toMatch(/copper_create_person is not available: this session is read-only/);
      expect((await h.call('switchboard_search_tools', { query: 'create person' })).text).not.toMatch(/copper_create_person/);
      expect(h.emulator.calls()).toHaveLength(0);
    });
  }

  it('three when the server is read-only (--read-only)', async () => {
    h = await startHarness({ apis: ['copper'], args: ['--read-only'], narrowing: { discovery: true } });
    expect(await names(h)).toEqual(READ_META);
    const w = await h.call('switchboard_call_write_tool', { name: 'copper_delete_person', arguments: { id: 1000 } });
    expect(w.isError).toBe(true);
    const r = await h.call('switchboard_call_read_tool', { name: 'copper_delete_person', arguments: { id: 1000 } });
    expect(r.text).toMatch(/this server is read-only/);
    expect(h.emulator.calls()).toHaveLength(0);
  });

  it('without discovery the full list is unchanged', async () => {
    h = await startHarness({ apis: ['copper'] });
    const listed = await names(h);
    expect(listed).toHaveLength(h.app.catalog.tools.length);
    expect(listed.some((n) => n.startsWith('switchboard_'))).toBe(false);
  });
});

describe('search', () => {
  it('ranks copper_convert_lead first for "convert a lead into a person", and finds everyday tools', async () => {
    h = await startHarness({ apis: ALL, narrowing: { discovery: true } });
    const first = async (query: string) => hitNames((await h!.call('switchboard_search_tools', { query })).text)[0];
    expect(await first('convert a lead into a person')).toBe('copper_convert_lead');
    expect(await first('find a person by email')).toBe('copper_fetch_person_by_email');
    expect(await first("today's DailyBot check-in responses")).toBe('dailybot_list_checkin_responses');
    expect(await first('give kudos')).toBe('dailybot_give_kudos');
    const r = await h.call('switchboard_search_tools', { query: 'convert a lead into a person', limit: 3 });
    const lines = r.text.split('\n').filter((l) => /^\w+ \(/.test(l));
    expect(lines).toHaveLength(3);
    // name, access level, title, one line
    expect(lines[0]).toMatch(/^copper_convert_lead \(destructive\) Convert lead: [^\n]+$/);
    expect(h.emulators.copper.calls()).toHaveLength(0);
  });

  it("a query with no match says so (not an error); bad arguments are refused like a tool's", async () => {
    h = await startHarness({ apis: ['copper'], narrowing: { discovery: true } });
    const none = await h.call('switchboard_search_tools', { query: 'zzqxv' });
    expect(none.isError).toBeFalsy();
    expect(none.text).toMatch(/No tool matches/);
    for (const args of [{}, { query: '' }, { query: 'lead', limit: 0 }, { query: 'lead', colour: 'red' }]) {
      const r = await h.call('switchboard_search_tools', args);
      expect(r.isError, JSON.stringify(args)).toBe(true);
      expect(r.text).toMatch(/Nothing was sent\.$/);
    }
  });

  it('finds only what the connection may call: --tools/exclude narrowing and the access policy', async () => {
    h = await startHarness({
      apis: ['copper'],
      narrowing: { discovery: true, tools: ['copper_get_person', 'copper_search_people', 'copper_search_leads'] },
    });
    const found = hitNames((await h.call('switchboard_search_tools', { query: 'convert a lead into a person', limit: 25 })).text);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((n) => ['copper_get_person', 'copper_search_people', 'copper_search_leads'].includes(n))).toBe(true);
    const d = await h.call('switchboard_describe_tool', { name: 'copper_convert_lead' });
    expect(d.isError).toBe(true);
    expect(d.text).toMatch(/not available on this connection/);
    const c = await h.call('switchboard_call_write_tool', { name: 'copper_convert_lead', arguments: { id: 500 } });
    expect(c.isError).toBe(true);
    expect(c.text).toMatch(/not available on this connection.*Nothing was sent\.$/);
    await h.close();

    const policy = join(dir, 'people-read.yaml');
    writeFileSync(policy, 'apis:\n  copper:\n    resources:\n      person: read\n      lead: read\n');
    h = await startHarness({ apis: ['copper'], args: ['--policy', policy], narrowing: { discovery: true } });
    const hits = hitNames(
      (await h.call('switchboard_search_tools', { query: 'convert lead person create update delete', limit: 25 })).text,
    );
    expect(hits.length).toBeGreaterThan(0);
    const access = new Map(h.app.catalog.tools.map((t) => [t.name, t.exec.decl]));
    expect(hits.every((n) => access.get(n)?.access === 'read' && ['person', 'lead'].includes(access.get(n)!.resource))).toBe(true);
    expect(hits).not.toContain('copper_convert_lead');
    expect(h.emulator.calls()).toHaveLength(0);
  });

  it('an unknown name gets a "did you mean" and a pointer to search', async () => {
    h = await startHarness({ apis: ['copper'], narrowing: { discovery: true } });
    const r = await h.call('switchboard_describe_tool', { name: 'copper_get_persn' });
    expect(r.isError).toBe(true);
    expect(r.text).toMatch(/Tool copper_get_persn not found; did you mean copper_get_person\?.*switchboard_search_tools/);
  });
});

describe('describe', () => {
  it('gives exactly the full-mode entry, never costing more', async () => {
    h = await startHarness({ apis: ALL, narrowing: { discovery: true } });
    full = await startHarness({ apis: ALL });
    const listed = new Map((await full.client.listTools()).tools.map((t) => [t.name, t]));
    for (const name of [
      'copper_convert_lead',
      'copper_search_people',
      'tawkto_list_chats',
      'dailybot_list_checkin_responses',
      'copilot_create_task',
      'copper_get_account',
    ]) {
      const r = await h.call('switchboard_describe_tool', { name });
      expect(r.isError, r.text).toBeFalsy();
      const described = JSON.parse(r.text);
      expect(described).toEqual(listed.get(name));
      expect(tokens(r.text)).toBeLessThanOrEqual(tokens(listed.get(name)));
    }
    const several = (await h.client.callTool({
      name: 'switchboard_describe_tool',
      arguments: { names: ['copper_get_person', 'copper_convert_lead'] },
    })) as { content: { text: string }[] };
    expect(several.content.map((c) => JSON.parse(c.text))).toEqual([listed.get('copper_get_person'), listed.get('copper_convert_lead')]);
  });

  it('every tool: describe costs no more than its full-mode entry', async () => {
    h = await startHarness({ apis: ALL, narrowing: { discovery: true } });
    full = await startHarness({ apis: ALL });
    const listed = (await full.client.listTools()).tools;
    const all = (await h.client.callTool({ name: 'switchboard_describe_tool', arguments: { names: listed.map((t) => t.name) } })) as {
      content: { text: string }[];
    };
    expect(all.content).toHaveLength(listed.length);
    for (const [i, c] of all.content.entries()) expect(tokens(c.text), listed[i].name).toBeLessThanOrEqual(tokens(listed[i]));
  });
});

describe('calling through the meta-tools', () => {
  for (const era of ['legacy', 'modern'] as const) {
    it(`${era}: a read tool through call_read answers exactly as a direct call does`, async () => {
      h = await startHarness({ apis: ['copper'], era, narrowing: { discovery: true } });
      full = await startHarness({ apis: ['copper'], era });
      const via = await h.call('switchboard_call_read_tool', { name: 'copper_get_person', arguments: { id: 1000 } });
      const direct = await full.call('copper_get_person', { id: 1000 });
      expect(via.isError, via.text).toBeFalsy();
      expect(via.blocks).toEqual(direct.blocks);
      expect(h.emulator.calls('copper_get_person')).toHaveLength(1);
    });

    it(`${era}: a write tool is refused by call_read with nothing sent, and runs through call_write`, async () => {
      h = await startHarness({ apis: ['copper'], era, narrowing: { discovery: true } });
      const refused = await h.call('switchboard_call_read_tool', { name: 'copper_create_person', arguments: { name: 'Grace Hopper' } });
      expect(refused.isError).toBe(true);
      expect(refused.text).toBe(
        'copper_create_person is a write tool, and switchboard_call_read_tool runs only read tools: call it with switchboard_call_write_tool. Nothing was sent.',
      );
      expect(h.emulator.calls()).toHaveLength(0);
      const created = await h.call('switchboard_call_write_tool', { name: 'copper_create_person', arguments: { name: 'Grace Hopper' } });
      expect(created.isError, created.text).toBeFalsy();
      expect(created.json.name).toBe('Grace Hopper');
      expect(h.emulator.calls('copper_create_person')).toHaveLength(1);
      const read = await h.call('switchboard_call_write_tool', { name: 'copper_get_person', arguments: { id: 1000 } });
      expect(read.isError).toBe(true);
      expect(read.text).toMatch(/read tool: call it with switchboard_call_read_tool.*Nothing was sent\.$/);
      expect(h.emulator.calls()).toHaveLength(1);
    });
  }

  it('validation errors are word for word those of a direct call, and nothing is sent', async () => {
    h = await startHarness({ apis: ['copper'], narrowing: { discovery: true } });
    full = await startHarness({ apis: ['copper'] });
    const cases: [string, Record<string, unknown>][] = [
      ['copper_get_person', { id: 'abc' }],
      ['copper_get_person', {}],
      ['copper_get_person', { id: 1000, colour: 'red' }],
      ['copper_search_people', { page_sise: 5 }],
      ['copper_create_person', { name: '' }],
      ['copper_create_person', { name: 'X', emails: [{ email: 'not-an-email' }] }],
      ['copper_convert_lead', { id: 500, company: { id: 1, name: 'both' } }],
    ];
    for (const [name, args] of cases) {
      const meta =
        h.app.catalog.tools.find((t) => t.name === name)!.exec.decl.access === 'read'
          ? 'switchboard_call_read_tool'
          : 'switchboard_call_write_tool';
      const via = await h.call(meta, { name, arguments: args });
      const direct = await full.call(name, args);
      expect(direct.isError, `${name} ${JSON.stringify(args)}`).toBe(true);
      expect(via.isError).toBe(true);
      expect(via.text).toBe(direct.text);
    }
    // `arguments` may be left out for a tool that takes none, and must be an object otherwise.
    expect((await h.call('switchboard_call_read_tool', { name: 'copper_get_account' })).json.name).toBe('Sandbox Co');
    const notObject = await h.call('switchboard_call_read_tool', { name: 'copper_get_person', arguments: [1000] });
    expect(notObject.isError).toBe(true);
    expect(h.emulator.calls().map((c) => c.tool)).toEqual(['copper_get_account']);
  });

  it('a policy refusal at call time is word for word that of a direct call', async () => {
    const policy = join(dir, 'sales.yaml');
    writeFileSync(policy, 'apis:\n  copper:\n    resources:\n      person: read\n      company: read\n      activity: write\n');
    // Every tool registered, the executor alone holding the policy: the call-time lock.
    h = await startHarness({ apis: ['copper'], executor: { policy: loadPolicy(policy) }, narrowing: { discovery: true } });
    full = await startHarness({ apis: ['copper'], executor: { policy: loadPolicy(policy) } });
    for (const [name, args] of [
      ['copper_delete_person', { id: 1000 }],
      ['copper_create_lead', { name: 'No' }],
    ] as const) {
      const via = await h.call('switchboard_call_write_tool', { name, arguments: args });
      const direct = await full.call(name, args);
      expect(via.isError).toBe(true);
      expect(via.text).toMatch(/was refused: .*Nothing was sent\.$/);
      expect(via.text).toBe(direct.text);
    }
    expect(h.emulator.calls()).toHaveLength(0);
  });

  it('progress notifications pass through to the inner call', async () => {
    h = await startHarness({ apis: ['copper'], narrowing: { discovery: true }, emulator: { seed: { person: people(450) } } });
    const progress: number[] = [];
    const r = await h.call(
      'switchboard_call_read_tool',
      { name: 'copper_search_people', arguments: { max_records: 1000 } },
      { onprogress: (p) => progress.push(p.progress) },
    );
    expect(r.isError, r.text).toBeFalsy();
    expect(r.json.items).toHaveLength(450);
    expect(progress).toEqual([200, 400, 450]);
  });

  it('cancellation aborts the inner upstream request, and the server keeps serving', async () => {
    h = await startHarness({ apis: ['copper'], narrowing: { discovery: true } });
    h.emulator.faults.push({ tool: 'copper_get_account', mode: 'hang', times: 1 });
    const ac = new AbortController();
    const pending = h.client.callTool(
      { name: 'switchboard_call_read_tool', arguments: { name: 'copper_get_account', arguments: {} } },
      { signal: ac.signal },
    );
    await new Promise((r) => setTimeout(r, 200));
    expect(h.emulator.calls('copper_get_account')).toHaveLength(1);
    ac.abort('user pressed stop');
    await expect(pending).rejects.toThrow();
    expect((await h.call('switchboard_call_read_tool', { name: 'copper_get_person', arguments: { id: 1000 } })).isError).toBeFalsy();
  });

  it('the audit line names the inner tool and the mode; a direct call has no mode', async () => {
    const path = join(dir, 'audit.jsonl');
    h = await startHarness({ apis: ['copper'], executor: { audit: new AuditLog(path) }, narrowing: { discovery: true } });
    await h.call('switchboard_search_tools', { query: 'person' });
    await h.call('switchboard_describe_tool', { name: 'copper_get_person' });
    await h.call('switchboard_call_read_tool', { name: 'copper_get_person', arguments: { id: 1000 } });
    await h.call('switchboard_call_write_tool', { name: 'copper_create_person', arguments: { name: 'Ada Two' } });
    // A direct call to an inner tool by name still works in discovery mode (same path, same rules).
    const direct = await h.call('copper_get_person', { id: 1001 });
    expect(direct.isError, direct.text).toBeFalsy();
    await h.close();
    h = undefined;
    const lines = readFileSync(path, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4); // search and describe reach no upstream and write no line; a write has intent + outcome
    expect(lines[0]).toMatchObject({ tool: 'copper_get_person', mode: 'discovery', access: 'read', outcome: 'ok', ids: [1000] });
    expect(lines[1]).toMatchObject({
      tool: 'copper_create_person',
      mode: 'discovery',
      access: 'write',
      phase: 'intent',
      outcome: 'pending',
    });
    expect(lines[2]).toMatchObject({
      tool: 'copper_create_person',
      mode: 'discovery',
      access: 'write',
      phase: 'outcome',
      outcome: 'ok',
      call_id: lines[1].call_id,
    });
    expect(lines[3]).toMatchObject({ tool: 'copper_get_person', ids: [1001] });
    expect(lines[3].mode).toBeUndefined();
  });
});

describe('the HTTP transport: X-MCP-Discovery per request (2026) or fixed at initialize (2025 session)', () => {
  for (const era of ['legacy', 'modern'] as const) {
    it(`${era}: the header switches a connection to the meta-tools; another connection keeps the full list`, async () => {
      const set = toolsets.find((t) => t.api.id === 'copper')!;
      const basePath = new URL(set.api.baseUrl.default).pathname.replace(/\/$/, '');
      const emulator = new Emulator(set.api, set.tools, await set.api.sandbox(), { credentials: TEST_CREDENTIALS.copper, basePath });
      const env = { ...TEST_CREDENTIALS.copper, [set.api.baseUrl.env]: (await emulator.start()) + basePath };
      const settings = loadSettings(['--transport', 'http', '--port', '0', '--toolsets', 'copper'], env);
      const app = createApp(settings);
      const http = await startHttpServer(app, settings, { onLog: () => {} });
      const connect = async (headers: Record<string, string>) => {
        const f: FetchLike = (url, init) => {
          const hs = new Headers(init?.headers);
          for (const [k, v] of Object.entries(headers)) hs.set(k, v);
          return fetch(url, { ...init, headers: hs });
        };
        const client = new Client(
          { name: 'discovery-http', version: '1.0.0' },
          era === 'modern' ? { versionNegotiation: { mode: { pin: '2026-07-28' } } } : undefined,
        );
        await client.connect(new StreamableHTTPClientTransport(new URL(http.url), { fetch: f }));
        return client;
      };
      const disco = await connect({ 'X-MCP-Discovery': '1' });
      const plain = await connect({});
      const ro = await connect({ 'X-MCP-Discovery': 'true', 'X-MCP-Readonly': '1' });
      try {
        expect(disco.getProtocolEra()).toBe(era);
        expect(await names(disco)).toEqual(META);
        expect(await names(ro)).toEqual(READ_META);
        expect((await names(plain)).length).toBe(app.catalog.tools.length);
        const r = (await disco.callTool({
          name: 'switchboard_call_read_tool',
          arguments: { name: 'copper_get_person', arguments: { id: 1000 } },
        })) as { isError?: boolean; content: { text: string }[] };
        expect(r.isError).toBeFalsy();
        expect(JSON.parse(r.content[0].text).id).toBe(1000);
        const s = (await disco.callTool({ name: 'switchboard_search_tools', arguments: { query: 'convert a lead into a person' } })) as {
          content: { text: string }[];
        };
        expect(hitNames(s.content[0].text)[0]).toBe('copper_convert_lead');
      } finally {
        await Promise.all([disco, plain, ro].map((c) => c.close()));
        await http.close();
        await app.catalog.close();
        await emulator.stop();
      }
    });
  }
});

describe('the built CLI over stdio', () => {
  const baseEnv = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp' };
  it('is built (npm test builds it first)', () => expect(existsSync(CLI)).toBe(true));

  for (const [era, how] of [
    ['legacy', 'flag'],
    ['modern', 'env'],
  ] as const) {
    it(`${era} client, ${how === 'flag' ? '--discovery' : 'SWITCHBOARD_DISCOVERY=1'}: list, search, describe, call`, async () => {
      const client = new Client(
        { name: 'stdio-discovery', version: '1.0.0' },
        era === 'modern' ? { versionNegotiation: { mode: { pin: '2026-07-28' } } } : {},
      );
      const args = [CLI, '--sandbox', ...(how === 'flag' ? ['--discovery'] : [])];
      const env = { ...baseEnv, ...(how === 'env' ? { SWITCHBOARD_DISCOVERY: '1' } : {}) };
      await client.connect(new StdioClientTransport({ command: process.execPath, args, env, stderr: 'pipe' }));
      try {
        expect(client.getProtocolEra()).toBe(era);
        const { tools } = await client.listTools();
        expect(tools.map((t) => t.name)).toEqual(META);
        expect(tokens(tools)).toBeLessThanOrEqual(1500);
        const s = (await client.callTool({ name: 'switchboard_search_tools', arguments: { query: 'convert a lead into a person' } })) as {
          content: { text: string }[];
        };
        expect(hitNames(s.content[0].text)[0]).toBe('copper_convert_lead');
        const d = (await client.callTool({ name: 'switchboard_describe_tool', arguments: { name: 'copper_get_account' } })) as {
          content: { text: string }[];
        };
        expect(JSON.parse(d.content[0].text).name).toBe('copper_get_account');
        const r = (await client.callTool({
          name: 'switchboard_call_read_tool',
          arguments: { name: 'copper_get_account', arguments: {} },
        })) as { content: { text: string }[] };
        expect(JSON.parse(r.content[0].text).name).toBe('Sandbox Co');
        const refused = (await client.callTool({
          name: 'switchboard_call_read_tool',
          arguments: { name: 'copper_delete_person', arguments: { id: 1000 } },
        })) as { isError?: boolean };
        expect(refused.isError).toBe(true);
      } finally {
        await client.close();
      }
    });
  }

  it('--discovery --read-only lists three', async () => {
    const client = new Client({ name: 'stdio-discovery', version: '1.0.0' });
    await client.connect(
      new StdioClientTransport({
        command: process.execPath,
        args: [CLI, '--sandbox', '--discovery', '--read-only'],
        env: baseEnv,
        stderr: 'pipe',
      }),
    );
    try {
      expect(await names(client)).toEqual(READ_META);
    } finally {
      await client.close();
    }
  });
});
