// The built CLI over stdio, as Claude Desktop and Claude Code run it: pure JSON-RPC on stdout,
// both protocol eras, and start-up configuration errors as one clear line.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import { describe, expect, it } from 'vitest';
import { startHarness } from './harness.js';
import { toolsets } from '../tools/index.js';
import copper from '../tools/copper/index.js';

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const baseEnv = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp' };

describe('built CLI over stdio', () => {
  it('is built (npm test builds it first)', () => expect(existsSync(CLI)).toBe(true));

  it('writes nothing but JSON-RPC to stdout', async () => {
    const child = spawn(process.execPath, [CLI, '--sandbox'], { env: baseEnv, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    const send = (m: object) => child.stdin.write(`${JSON.stringify(m)}\n`);
    send({
      jsonrpc: '2.0',
      id: 1,
      method: 'initialize',
      params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '1' } },
    });
    send({ jsonrpc: '2.0', method: 'notifications/initialized' });
    send({ jsonrpc: '2.0', id: 2, method: 'tools/list' });
    send({
      jsonrpc: '2.0',
      id: 3,
      method: 'tools/call',
      params: { name: 'copper_search_people', arguments: { name: 'ada', page_size: 1 } },
    });
    send({ jsonrpc: '2.0', id: 4, method: 'tools/call', params: { name: 'copper_get_person', arguments: { id: 'bad' } } });
    await new Promise<void>((resolve) => {
      const check = () => (out.split('\n').filter(Boolean).length >= 4 ? resolve() : setTimeout(check, 20));
      check();
    });
    child.stdin.end();
    await new Promise((r) => child.on('exit', r));
    const lines = out.split('\n').filter(Boolean);
    const messages = lines.map((l) => JSON.parse(l));
    expect(messages.every((m) => m.jsonrpc === '2.0')).toBe(true);
    const byId = Object.fromEntries(messages.map((m) => [m.id, m])); // calls may answer out of order
    expect(Object.keys(byId).sort()).toEqual(['1', '2', '3', '4']);
    expect(byId[2].result.tools.length).toBeGreaterThanOrEqual(copper.tools.length);
    expect(JSON.parse(byId[3].result.content[0].text).items[0].name).toMatch(/Ada/);
    expect(byId[4].result.isError).toBe(true);
  });

  it('lists exactly the tools and schemas the source declares (the build embeds converted schemas)', async () => {
    const client = new Client({ name: 'stdio-test', version: '1.0.0' });
    await client.connect(new StdioClientTransport({ command: process.execPath, args: [CLI, '--sandbox'], env: baseEnv, stderr: 'pipe' }));
    const h = await startHarness({ apis: toolsets.map((t) => t.api.id) });
    try {
      const built = (await client.listTools()).tools;
      const source = (await h.client.listTools()).tools;
      expect(built.length).toBe(source.length);
      expect(built).toEqual(source);
    } finally {
      await client.close();
      await h.close();
    }
  });

  for (const era of ['legacy', 'modern'] as const) {
    it(`serves a ${era === 'legacy' ? '2025-era' : '2026-07-28'} client`, async () => {
      const client = new Client(
        { name: 'stdio-test', version: '1.0.0' },
        era === 'modern' ? { versionNegotiation: { mode: { pin: '2026-07-28' } } } : {},
      );
      await client.connect(
        new StdioClientTransport({
          command: process.execPath,
          args: [CLI, '--sandbox', '--toolsets', 'copper'],
          env: baseEnv,
          stderr: 'pipe',
        }),
      );
      try {
        expect(client.getProtocolEra()).toBe(era);
        const { tools } = await client.listTools();
        expect(tools).toHaveLength(copper.tools.length);
        const r = (await client.callTool({ name: 'copper_get_account', arguments: {} })) as { content: { text: string }[] };
        expect(JSON.parse(r.content[0].text).name).toBe('Sandbox Co');
      } finally {
        await client.close();
      }
    });
  }
});

describe('start-up configuration', () => {
  const run = (args: string[], env: Record<string, string> = {}) => {
    const r = spawnSync(process.execPath, [CLI, ...args], { env: { ...baseEnv, ...env }, input: '', encoding: 'utf8', timeout: 20_000 });
    return { status: r.status, stderr: r.stderr, stdout: r.stdout };
  };

  it('with no credentials and no sandbox, stops and names what to set', () => {
    const r = run([]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/COPPER_API_KEY \+ COPPER_USER_EMAIL or COPPER_ACCESS_TOKEN/);
    expect(r.stderr).toMatch(/--sandbox/);
    expect(r.stdout).toBe('');
  });

  it('a key without its email is one clear line', () => {
    const r = run([], { COPPER_API_KEY: 'k-123456' });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/COPPER_API_KEY is set but COPPER_USER_EMAIL is not/);
    expect(r.stderr).not.toContain('k-123456');
  });

  it('an unset Claude Desktop placeholder counts as unset', () => {
    const r = run([], { COPPER_API_KEY: '${user_config.copper_api_key}', COPPER_USER_EMAIL: 'a@b.example' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/COPPER_USER_EMAIL is set but COPPER_API_KEY is not/);
  });

  it('unknown toolset and tool names stop start-up', () => {
    expect(run(['--sandbox', '--toolsets', 'copper,salesforce']).stderr).toMatch(/unknown toolset "salesforce"/);
    expect(run(['--sandbox', '--tools', 'copper_get_person,copper_get_peson']).stderr).toMatch(/unknown tool "copper_get_peson"/);
    expect(run(['--sandbox'], { SWITCHBOARD_EXCLUDE_TOOLS: 'nope' }).stderr).toMatch(/SWITCHBOARD_EXCLUDE_TOOLS .*unknown tool "nope"/);
    expect(run(['--sandbox', '--bogus']).stderr).toMatch(/bogus/);
  });

  it('a toolset asked for without credentials is an error, not silence', () => {
    const r = run(['--toolsets', 'copper'], { SWITCHBOARD_TOOLSETS: 'copper' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/toolset copper was asked for but its credentials are not set/);
  });

  it('prints help and version', () => {
    expect(run(['--help']).stdout).toMatch(/--sandbox/);
    expect(run(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
