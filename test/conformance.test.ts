// The MCP conformance suite (@modelcontextprotocol/conformance 0.1.13, server mode, 2025 era) against
// the built CLI's HTTP transport on localhost (`dist/cli.js --sandbox --transport http`; `npm test`
// builds first). Scenarios that need the suite's own fixture tools, prompts or resources are listed,
// each with its reason, in conformance-expected-failures.json; the suite itself fails on a failure
// missing from that list and on an entry that has started to pass.
// The newest suite (LATEST, pinned; it needs Node ≥ 22, so it runs where the tests run on Node ≥ 22:
// .ci/run's Node 24 leg; fetched with `npx -y`, so it needs the npm registry) runs twice: its active
// scenarios (2025 era) against the same expected-failures file, and the scenarios the 2026-07-28
// revision requires against conformance-expected-failures-2026-07-28.json.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpCli } from './cli-http.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const expectedFile = join(root, 'test', 'conformance-expected-failures.json');
const expected2026File = join(root, 'test', 'conformance-expected-failures-2026-07-28.json');
/** The newest @modelcontextprotocol/conformance (2026-10-01); 0.1.16 is the newest 0.1.x. */
const LATEST = '0.2.0-alpha.12';
const nodeMajor = Number(process.versions.node.split('.')[0]);
const require = createRequire(import.meta.url);
const pkgDir = dirname(require.resolve('@modelcontextprotocol/conformance/package.json'));
const conformanceBin = join(pkgDir, JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).bin.conformance);

/** Scenarios any MCP server must pass, whatever tools it serves. */
const GENERIC = ['server-initialize', 'ping', 'tools-list', 'logging-set-level', 'dns-rebinding-protection'];

describe('MCP conformance suite over HTTP', () => {
  let server: Awaited<ReturnType<typeof startHttpCli>>;
  beforeAll(async () => {
    server = await startHttpCli(['--sandbox', '--transport', 'http', '--port', '0']);
  });
  afterAll(() => {
    server?.child.kill('SIGTERM');
  });

  it('every expected failure carries a reason, and no generic scenario is excused', () => {
    for (const file of [expectedFile, expected2026File]) {
      const expected = JSON.parse(readFileSync(file, 'utf8')) as { server: string[]; reasons: Record<string, string> };
      expect(Object.keys(expected.reasons).sort(), file).toEqual([...expected.server].sort());
      for (const reason of Object.values(expected.reasons)) expect(reason.length).toBeGreaterThan(20);
      for (const g of GENERIC) expect(expected.server, file).not.toContain(g);
    }
  });

  it('passes the generic server scenarios; the rest fail only as expected', async () => {
    const { code, out } = await new Promise<{ code: number; out: string }>((resolve) => {
      execFile(
        process.execPath,
        [conformanceBin, 'server', '--url', server.url, '--expected-failures', expectedFile],
        { timeout: 240_000, maxBuffer: 16 * 1024 * 1024 },
        (error, stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, out: `${stdout}\n${stderr}` }),
      );
    });
    const summary = out.slice(out.indexOf('=== SUMMARY ==='));
    const passed = [...summary.matchAll(/^✓ (\S+):/gm)].map((m) => m[1]);
    const failed = [...summary.matchAll(/^✗ (\S+):/gm)].map((m) => m[1]);
    const expected = (JSON.parse(readFileSync(expectedFile, 'utf8')) as { server: string[] }).server;
    console.log(
      `[conformance] @modelcontextprotocol/conformance 0.1.13 against ${server.url}: ${passed.length} scenarios passed (${passed.join(', ')}); ${failed.length} expected failures (fixture tools/prompts/resources; see test/conformance-expected-failures.json)`,
    );
    expect(code, summary).toBe(0);
    for (const g of GENERIC) expect(passed, g).toContain(g);
    expect(failed.sort()).toEqual([...expected].sort());
  }, 300_000);

  // Newest suite: skipped (and reported as skipped) only on Node < 22, which it cannot run on.
  for (const run of [
    { name: 'active scenarios', args: [], file: expectedFile },
    { name: 'scenarios the 2026-07-28 revision requires', args: ['--requirements', '2026-07-28'], file: expected2026File },
  ]) {
    it.skipIf(nodeMajor < 22)(
      `@modelcontextprotocol/conformance@${LATEST} (needs Node ≥ 22; .ci/run's Node 24 leg): ${run.name} fail only as expected`,
      async () => {
        const { code, out } = await new Promise<{ code: number; out: string }>((resolve) => {
          execFile(
            'npx',
            [
              '-y',
              `@modelcontextprotocol/conformance@${LATEST}`,
              'server',
              '--url',
              server.url,
              ...run.args,
              '--expected-failures',
              run.file,
            ],
            { cwd: tmpdir(), timeout: 240_000, maxBuffer: 16 * 1024 * 1024 },
            (error, stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, out: `${stdout}\n${stderr}` }),
          );
        });
        const summary = out.includes('=== SUMMARY ===') ? out.slice(out.indexOf('=== SUMMARY ===')) : out.slice(-4000);
        const passed = [...summary.matchAll(/^✓ (\S+):/gm)].map((m) => m[1]);
        console.log(
          `[conformance] @modelcontextprotocol/conformance ${LATEST} ${run.name}: ${passed.length} scenarios passed (${passed.join(', ')}); failures excused by ${run.file.split('/').pop()}`,
        );
        expect(code, summary).toBe(0);
        expect(out).toMatch(/Baseline check passed/);
        for (const g of run.args.length ? ['tools-list', 'dns-rebinding-protection'] : GENERIC) expect(passed, g).toContain(g);
      },
      300_000,
    );
  }
});
