// The MCP Inspector's CLI (@modelcontextprotocol/inspector-cli 1.0.3, the Node 20 line; a 2025-era
// client built on SDK 1.x) against the built server (`npm test` builds dist/ first): over stdio, over
// Streamable HTTP with the bearer token, and over the legacy SSE transport.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpCli } from './cli-http.js';
import { toolsets } from '../tools/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
const require = createRequire(import.meta.url);
const inspectorDir = dirname(require.resolve('@modelcontextprotocol/inspector-cli/package.json'));
const inspectorBin = join(inspectorDir, JSON.parse(readFileSync(join(inspectorDir, 'package.json'), 'utf8')).bin['mcp-inspector-cli']);
const TOKEN = 'inspector-token-S3CRET-0b7d';
const allToolCount = toolsets.reduce((n, t) => n + t.tools.length, 0);

/**
 * Runs the Inspector CLI. Its cwd is the package's own build/ directory: 1.0.3 checks for
 * "../package.json" relative to the cwd but imports it relative to its module, so from a
 * directory whose parent has no package.json it fails with "Cannot find module …/package.json".
 */
function inspector(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [inspectorBin, '--cli', ...args],
      { cwd: dirname(inspectorBin), timeout: 60_000, env: { PATH: process.env.PATH } },
      (error, stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const callArgs = ['--method', 'tools/call', '--tool-name', 'copper_get_person', '--tool-arg', 'id=1000'];

beforeAll(() => {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` (npm test does)');
});

describe('Inspector CLI over stdio', () => {
  it('lists the tools', async () => {
    const r = await inspector(['node', cli, '--sandbox', '--method', 'tools/list']);
    expect(r.code, r.stderr).toBe(0);
    const { tools } = JSON.parse(r.stdout) as { tools: { name: string; inputSchema: unknown }[] };
    expect(tools.length).toBe(allToolCount);
    expect(tools.map((t) => t.name)).toContain('copper_get_person');
  });

  it('calls a sandbox tool', async () => {
    const r = await inspector(['node', cli, '--sandbox', ...callArgs]);
    expect(r.code, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout) as { content: { text: string }[]; isError?: boolean };
    expect(result.isError).toBeFalsy();
    expect(JSON.parse(result.content[0].text).name).toBe('Ada Lovelace');
  });

  it('passes the server flags through (--read-only)', async () => {
    const r = await inspector(['node', cli, '--sandbox', '--read-only', '--method', 'tools/list']);
    expect(r.code, r.stderr).toBe(0);
    const { tools } = JSON.parse(r.stdout) as { tools: { annotations?: { readOnlyHint?: boolean } }[] };
    expect(tools.length).toBeLessThan(allToolCount);
    expect(tools.every((t) => t.annotations?.readOnlyHint === true)).toBe(true);
  });
});

describe('Inspector CLI over HTTP', () => {
  let server: Awaited<ReturnType<typeof startHttpCli>>;
  beforeAll(async () => {
    server = await startHttpCli(['--sandbox', '--transport', 'http', '--port', '0'], { SWITCHBOARD_HTTP_TOKEN: TOKEN });
  });
  afterAll(() => {
    server?.child.kill('SIGTERM');
  });

  for (const transport of ['http', 'sse'] as const) {
    it(`${transport}: lists the tools and calls a sandbox tool with the bearer token`, async () => {
      const url = transport === 'http' ? server.url : `${server.origin}/sse`;
      const auth = ['--header', `Authorization: Bearer ${TOKEN}`];
      const list = await inspector([url, '--transport', transport, ...auth, '--method', 'tools/list']);
      expect(list.code, list.stderr).toBe(0);
      expect((JSON.parse(list.stdout) as { tools: unknown[] }).tools.length).toBe(allToolCount);
      const called = await inspector([url, '--transport', transport, ...auth, ...callArgs]);
      expect(called.code, called.stderr).toBe(0);
      expect(JSON.parse((JSON.parse(called.stdout) as { content: { text: string }[] }).content[0].text).name).toBe('Ada Lovelace');
    });
  }

  it('fails (exit code 1) without the token', async () => {
    const r = await inspector([server.url, '--transport', 'http', '--method', 'tools/list']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toContain(TOKEN);
  });

  it('narrowing headers pass through the Inspector', async () => {
    const r = await inspector([
      server.url,
      '--transport',
      'http',
      '--header',
      `Authorization: Bearer ${TOKEN}`,
      '--header',
      'X-MCP-Tools: copper_get_person',
      '--method',
      'tools/list',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as { tools: { name: string }[] }).tools.map((t) => t.name)).toEqual(['copper_get_person']);
  });
});
