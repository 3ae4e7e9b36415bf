// No secret ever appears in a result, a log line or the audit log — even when an upstream echoes
// the key back in an error body. The suite's credentials are distinctive so a leak cannot hide.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import { describe, expect, it } from 'vitest';
import { freePort } from './net.js';
import { AuditLog } from '../src/audit.js';
import { ALL_SECRETS, startHarness, TEST_CREDENTIALS } from './harness.js';
import { toolsets } from '../tools/index.js';

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
/** The keys, and the forms they take on the wire (Basic credentials are base64). */
const FORMS = ALL_SECRETS.flatMap((s) => [s, Buffer.from(`${s}:`).toString('base64')]);
const leaks = (text: string) => FORMS.filter((s) => text.includes(s));

describe('secrets', () => {
  it('never appear in results or the audit log, even when an upstream echoes them', async () => {
    expect(ALL_SECRETS.length).toBeGreaterThanOrEqual(4);
    const audit = join(mkdtempSync(join(tmpdir(), 'switchboard-secrets-')), 'audit.jsonl');
    const h = await startHarness({ apis: toolsets.map((t) => t.api.id), executor: { audit: new AuditLog(audit) } });
    const texts: string[] = [];
    try {
      const { tools } = await h.client.listTools();
      texts.push(JSON.stringify(tools));
      for (const { api, tools: decls } of toolsets) {
        const emulator = h.emulators[api.id];
        const key = Object.entries(TEST_CREDENTIALS[api.id]).find(([k]) => /KEY|TOKEN/.test(k))![1];
        const read =
          decls.find((d) => d.access === 'read' && !d.list && Object.keys(d.input.shape).length === 0) ??
          decls.find((d) => d.access === 'read' && d.list)!;
        const args = {};
        texts.push((await h.call(read.name, args)).text);
        // An upstream that echoes the key and the auth header in its error bodies.
        for (const status of [401, 403, 429, 500, 400]) {
          const sent = JSON.stringify(api.credentials[0].headers(TEST_CREDENTIALS[api.id]));
          emulator.faults.push({
            tool: read.name,
            status,
            times: 1,
            body: emulator.def.errorBody(status, `rejected key ${key}; headers were ${sent}`, `code-${key}`),
            headers: status === 429 ? { 'retry-after': '0' } : undefined,
          });
          const r = await h.call(read.name, args);
          texts.push(r.text);
        }
      }
    } finally {
      await h.close();
    }
    const all = texts.join('\n');
    expect(all).toContain('[redacted]'); // the echoes were there, and were caught
    expect(leaks(all)).toEqual([]);
    const log = readFileSync(audit, 'utf8');
    expect(log.split('\n').filter(Boolean).length).toBeGreaterThan(20);
    expect(leaks(log)).toEqual([]);
  });

  it('never appear on stderr or in results of the CLI, whatever fails', async () => {
    const port = await freePort();
    const env: Record<string, string> = { PATH: process.env.PATH ?? '', SWITCHBOARD_AUDIT_LOG: '-' };
    for (const { api } of toolsets) Object.assign(env, TEST_CREDENTIALS[api.id], { [api.baseUrl.env]: `http://127.0.0.1:${port}/v1` });
    const transport = new StdioClientTransport({ command: process.execPath, args: [CLI], env, stderr: 'pipe' });
    let stderr = '';
    transport.stderr?.on('data', (d) => (stderr += d));
    const client = new Client({ name: 'secrets', version: '1.0.0' });
    await client.connect(transport);
    const texts: string[] = [];
    try {
      const { tools } = await client.listTools();
      for (const { api } of toolsets) {
        const tool = tools.find(
          (t) =>
            t.name.startsWith(`${api.id}_`) &&
            t.annotations?.readOnlyHint &&
            Object.keys((t.inputSchema as any).properties ?? {}).length === 0,
        )!;
        const r = (await client.callTool({ name: tool.name, arguments: {} })) as { isError?: boolean; content: { text: string }[] };
        expect(r.isError).toBe(true);
        texts.push(r.content.map((c) => c.text).join('\n'));
      }
    } finally {
      await client.close();
    }
    expect(texts.join('\n')).toMatch(/could not reach/);
    expect(stderr).toMatch(/"decision":"allowed"/); // the audit lines went to stderr
    expect(leaks(stderr + texts.join('\n'))).toEqual([]);
  });
});
