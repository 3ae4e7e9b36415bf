// Per-agent access on one server: each agent's bearer token selects its policy profile, which is the
// most it may do; headers only narrow further; the audit log names the agent; no token is ever shown.
// Through the real MCP client against the built CLI (HTTP, both eras and legacy SSE; stdio).
import { createHash } from 'node:crypto';
import { spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, SSEClientTransport, StreamableHTTPClientTransport, type FetchLike } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, startHttpCli } from './cli-http.js';
import { P1 } from '../tools/tawkto/seed.js';

const dir = mkdtempSync(join(tmpdir(), 'switchboard-agents-'));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const SALES_TOKEN = 'sales-agent-token-0b9d2f7e51c3';
const SUPPORT_TOKEN = 'support-bot-token-6a1e44c0d2f9';
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

// The README's worked example: a sales follow-up agent and a support bot on one hosted server.
const POLICY = file(
  'agents.yaml',
  `apis:
  copper: {default: full}
  tawkto: {default: full}
profiles:
  sales:
    apis:
      copper: {resources: {person: read, company: read, activity: write}}
  support:
    apis:
      tawkto: {resources: {chat: read, ticket: write}}
agents:
  sales-follow-up: { token_sha256: "${sha(SALES_TOKEN)}", profile: sales }
  support-bot:     { token_env: SUPPORT_BOT_TOKEN, profile: support }
`,
);
const ENV = { SWITCHBOARD_TOOLSETS: 'copper,tawkto', SUPPORT_BOT_TOKEN: SUPPORT_TOKEN };

const withAuth =
  (token: string, headers: Record<string, string> = {}): FetchLike =>
  (url, init) => {
    const h = new Headers(init?.headers);
    h.set('authorization', `Bearer ${token}`);
    for (const [k, v] of Object.entries(headers)) h.set(k, v);
    return fetch(url, { ...init, headers: h });
  };

type Era = 'legacy' | 'modern' | 'sse';
async function connect(origin: string, token: string, era: Era, headers: Record<string, string> = {}): Promise<Client> {
  const client = new Client(
    { name: 'agent', version: '1.0.0' },
    era === 'modern' ? { versionNegotiation: { mode: { pin: '2026-07-28' } } } : undefined,
  );
  const f = withAuth(token, headers);
  await client.connect(
    era === 'sse'
      ? new SSEClientTransport(new URL(`${origin}/sse`), { fetch: f })
      : new StreamableHTTPClientTransport(new URL(`${origin}/mcp`), { fetch: f }),
  );
  return client;
}
const names = async (c: Client) => (await c.listTools()).tools.map((t) => t.name).sort();
const text = (r: unknown) => (r as { content: { text: string }[] }).content.map((c) => c.text).join('\n');

describe('agents over HTTP', () => {
  let server: { child: ChildProcess; origin: string; stderr: () => string };
  const audit = join(dir, 'http-audit.jsonl');
  const outputs: string[] = [];
  beforeAll(async () => {
    server = await startHttpCli(['--sandbox', '--transport', 'http', '--port', '0', '--policy', POLICY, '--audit-log', audit], ENV);
  });
  afterAll(() => {
    server?.child.kill();
  });

  for (const era of ['legacy', 'modern', 'sse'] as const) {
    it(`each agent lists exactly its profile's tools and cannot call outside it (${era})`, async () => {
      const sales = await connect(server.origin, SALES_TOKEN, era);
      const support = await connect(server.origin, SUPPORT_TOKEN, era);
      const s = await names(sales);
      const b = await names(support);
      expect(s.every((n) => n.startsWith('copper_'))).toBe(true);
      expect(s).toContain('copper_search_people');
      expect(s).toContain('copper_create_activity');
      expect(s).not.toContain('copper_update_person'); // person is read for sales
      expect(s).not.toContain('copper_delete_activity'); // activity is write, not full
      expect(b.every((n) => n.startsWith('tawkto_'))).toBe(true);
      expect(b).toContain('tawkto_list_chats');
      expect(b).not.toContain('tawkto_delete_chat');
      for (const n of b) expect(s).not.toContain(n);

      // Outside the profile: refused, nothing sent (the sandbox would have deleted the person).
      const refused = await sales.callTool({ name: 'copper_delete_person', arguments: { id: 1000 } });
      expect(refused.isError).toBe(true);
      expect(text(refused)).toMatch(
        /^copper_delete_person is not available to this agent \(sales-follow-up\): destructive on copper person needs level full; .*agent sales-follow-up \(profile sales\) gives read/,
      );
      const still = await sales.callTool({ name: 'copper_get_person', arguments: { id: 1000 } });
      expect(still.isError).toBeFalsy();
      const ok = await support.callTool({ name: 'tawkto_list_chats', arguments: { propertyId: P1 } });
      expect(ok.isError, text(ok)).toBeFalsy();
      outputs.push(text(refused), text(still), text(ok));
      await sales.close();
      await support.close();
    });
  }

  it("naming the other agent's profile in X-MCP-Policy-Profile never widens", async () => {
    const sales = await connect(server.origin, SALES_TOKEN, 'legacy', { 'X-MCP-Policy-Profile': 'support' });
    const listed = await names(sales);
    // sales ∩ support: neither agent's tools survive the intersection.
    expect(listed.filter((n) => n.startsWith('tawkto_'))).toEqual([]);
    expect(listed.filter((n) => n.startsWith('copper_'))).toEqual([]);
    const r = await sales.callTool({ name: 'tawkto_list_chats', arguments: { propertyId: 'x' } });
    expect(r.isError).toBe(true);
    await sales.close();
  });

  it('an unknown token is 401; a session is bound to the agent that opened it', async () => {
    const res = await fetch(`${server.origin}/mcp`, {
      method: 'POST',
      headers: { authorization: 'Bearer not-an-agent', 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'ping' }),
    });
    expect(res.status).toBe(401);
    // A 2025 session opened by sales cannot be used with the support bot's token.
    const init = await fetch(`${server.origin}/mcp`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${SALES_TOKEN}`,
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
      },
      body: JSON.stringify({
        jsonrpc: '2.0',
        id: 1,
        method: 'initialize',
        params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'x', version: '1' } },
      }),
    });
    const sid = init.headers.get('mcp-session-id')!;
    expect(sid).toBeTruthy();
    await init.text();
    const hijack = await fetch(`${server.origin}/mcp`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${SUPPORT_TOKEN}`,
        'mcp-session-id': sid,
        'mcp-protocol-version': '2025-06-18',
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
      },
      body: JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'tools/list' }),
    });
    expect(hijack.status).toBe(404);
  });

  it('the audit log names the agent on every line, summary first; no token appears anywhere', async () => {
    const lines = readFileSync(audit, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.length).toBeGreaterThanOrEqual(9);
    for (const l of lines) {
      expect(['sales-follow-up', 'support-bot']).toContain(l.agent);
      expect(l.summary.startsWith(`${l.agent} `), l.summary).toBe(true);
    }
    const denied = lines.filter((l) => l.decision === 'denied' && l.tool === 'copper_delete_person');
    expect(denied.length).toBeGreaterThan(0);
    expect(denied[0].agent).toBe('sales-follow-up');
    expect(denied[0].summary).toMatch(/^sales-follow-up denied: delete person/);
    expect(
      lines.some((l) => l.agent === 'support-bot' && l.tool === 'tawkto_list_chats' && l.summary.startsWith('support-bot listed chat')),
    ).toBe(true);
    const everything = [readFileSync(audit, 'utf8'), server.stderr(), ...outputs].join('\n');
    for (const secret of [SALES_TOKEN, SUPPORT_TOKEN]) expect(everything).not.toContain(secret);
  });
});

describe('agents over stdio', () => {
  it('--agent selects the agent: its tools only, and the audit names it', async () => {
    const audit = join(dir, 'stdio-audit.jsonl');
    const client = new Client({ name: 'stdio-agent', version: '1.0.0' });
    await client.connect(
      new StdioClientTransport({
        command: process.execPath,
        args: [CLI, '--sandbox', '--policy', POLICY, '--agent', 'support-bot', '--audit-log', audit],
        env: { PATH: process.env.PATH ?? '', ...ENV },
        stderr: 'pipe',
      }),
    );
    const listed = await names(client);
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((n) => n.startsWith('tawkto_'))).toBe(true);
    const refused = await client.callTool({ name: 'copper_get_person', arguments: { id: 1000 } });
    expect(refused.isError).toBe(true);
    expect((await client.callTool({ name: 'tawkto_list_chats', arguments: { propertyId: P1 } })).isError).toBeFalsy();
    await client.close();
    const lines = readFileSync(audit, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => `${l.tool} ${l.decision}`)).toEqual(['copper_get_person denied', 'tawkto_list_chats allowed']);
    for (const l of lines) expect(l.agent).toBe('support-bot');
  });
});

describe('agents: start-up errors name the line and field', () => {
  const run = (policy: string, args: string[] = [], env: Record<string, string> = ENV) =>
    spawnSync(process.execPath, [CLI, '--sandbox', '--policy', policy, ...args], {
      env: { PATH: process.env.PATH ?? '', ...env },
      input: '',
      encoding: 'utf8',
      timeout: 20_000,
    });
  const head = 'apis: {copper: {default: full}}\nprofiles:\n  sales: {default: read}\n';

  it('two agents with the same token', () => {
    const r = run(
      file('twin.yaml', `${head}agents:\n  a: {token_sha256: "${sha('same')}", profile: sales}\n  b: {token_env: TWIN, profile: sales}\n`),
      [],
      { TWIN: 'same' },
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/twin\.yaml:6: field "agents\.b": has the same token as agent "a"/);
    expect(r.stderr).not.toContain('same"');
  });
  it('an unknown profile', () => {
    const r = run(file('prof.yaml', `${head}agents:\n  a: {token_sha256: "${sha('x')}", profile: support}\n`));
    expect(r.stderr).toMatch(/prof\.yaml:5: field "agents\.a\.profile": unknown profile "support"/);
  });
  it('a malformed entry: bad hex, both token fields, no profile, an unset variable', () => {
    expect(run(file('hex.yaml', `${head}agents:\n  a: {token_sha256: "abc", profile: sales}\n`)).stderr).toMatch(
      /hex\.yaml:5: field "agents\.a/,
    );
    expect(run(file('both.yaml', `${head}agents:\n  a: {token_sha256: "${sha('x')}", token_env: X, profile: sales}\n`)).stderr).toMatch(
      /both\.yaml:5: field "agents\.a".*token_sha256 or token_env/,
    );
    expect(run(file('noprof.yaml', `${head}agents:\n  a: {token_env: X}\n`), [], { X: 'y' }).stderr).toMatch(
      /noprof\.yaml:5: field "agents\.a"/,
    );
    expect(run(file('unset.yaml', `${head}agents:\n  a: {token_env: NOT_SET_ANYWHERE, profile: sales}\n`)).stderr).toMatch(
      /unset\.yaml:5: field "agents\.a\.token_env": the environment variable NOT_SET_ANYWHERE is not set/,
    );
  });
  it('--agent naming no agent; agents beside SWITCHBOARD_HTTP_TOKEN', () => {
    expect(run(POLICY, ['--agent', 'nobody']).stderr).toMatch(/SWITCHBOARD_AGENT \(--agent\) names "nobody"/);
    const both = run(POLICY, ['--transport', 'http', '--port', '0'], { ...ENV, SWITCHBOARD_HTTP_TOKEN: 'shared' });
    expect(both.status).toBe(1);
    expect(both.stderr).toMatch(/SWITCHBOARD_HTTP_TOKEN is set but the policy defines agents/);
  });
});
