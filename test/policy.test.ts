// Access policy and audit log through the MCP client: what an operator allows is what an agent sees
// and can call, every call leaves one plain-language JSON line, and nothing secret is written.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import { afterEach, describe, expect, it } from 'vitest';
import { AuditLog } from '../src/audit.js';
import { loadPolicy } from '../src/policy.js';
import { startHarness, TEST_CREDENTIALS, type Harness } from './harness.js';

const dir = mkdtempSync(join(tmpdir(), 'switchboard-policy-'));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

// The README's example: a sales follow-up agent.
const SALES = file(
  'sales.yaml',
  `# Sales follow-up agent: read people and companies, log activities, nothing destructive.
apis:
  copper:
    resources:
      person: read
      company: read
      activity: write
profiles:
  look-only:
    default: read
`,
);

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const names = async (x: Harness) => (await x.client.listTools()).tools.map((t) => t.name).sort();

describe('policy: registration', () => {
  it('the sales follow-up agent sees exactly what it was allowed; the default is deny', async () => {
    h = await startHarness({ args: ['--policy', SALES] });
    expect(await names(h)).toEqual([
      'copper_bulk_create_activities',
      'copper_create_activity',
      'copper_fetch_person_by_email',
      'copper_get_activity',
      'copper_get_company',
      'copper_get_person',
      'copper_list_record_activities',
      'copper_search_activities',
      'copper_search_companies',
      'copper_search_people',
      'copper_update_activity',
    ]);
    expect(
      (
        await h.call('copper_create_activity', {
          parent: { id: 1000, type: 'person' },
          type: { category: 'user', id: 0 },
          details: 'Followed up',
        })
      ).isError,
    ).toBeFalsy();
  });

  it('full allows destructive calls; write does not', async () => {
    h = await startHarness({
      args: [
        '--policy',
        file('w.json', JSON.stringify({ apis: { copper: { default: 'read', resources: { person: 'write', webhook: 'full' } } } })),
      ],
    });
    const tools = await names(h);
    expect(tools).toContain('copper_update_person');
    expect(tools).not.toContain('copper_delete_person');
    expect(tools).toContain('copper_delete_webhook');
    expect(tools).not.toContain('copper_create_lead');
  });

  it('a profile narrows the base policy and never widens it', async () => {
    const p = file(
      'p.yaml',
      'apis: {copper: {resources: {person: write, company: read}}}\nprofiles:\n  wide: {default: full}\n  people-only: {apis: {copper: {resources: {person: full}}}}\n',
    );
    h = await startHarness({ args: ['--policy', p], narrowing: { policyProfile: 'wide' } });
    expect(await names(h)).toEqual([
      'copper_bulk_create_people',
      'copper_bulk_update_people',
      'copper_create_person',
      'copper_fetch_person_by_email',
      'copper_get_company',
      'copper_get_person',
      'copper_search_companies',
      'copper_search_people',
      'copper_update_person',
    ]);
    await h.close();
    h = await startHarness({ args: ['--policy', p], narrowing: { policyProfile: 'people-only' } });
    const tools = await names(h);
    expect(tools).not.toContain('copper_delete_person'); // the profile says full, the base says write
    expect(tools).not.toContain('copper_get_company'); // the profile gives company nothing
    expect(tools).toContain('copper_update_person');
  });
});

describe('policy: enforced again at call time', () => {
  it('refuses a call the policy forbids even when the tool is registered, and sends nothing', async () => {
    h = await startHarness({ executor: { policy: loadPolicy(SALES) } });
    const r = await h.call('copper_delete_person', { id: 1000 });
    expect(r.isError).toBe(true);
    expect(r.text).toMatch(/refused: destructive on copper person needs level full; policy .* gives read/);
    const w = await h.call('copper_create_lead', { name: 'No' });
    expect(w.text).toMatch(/gives off/);
    expect(h.emulator.calls()).toHaveLength(0);
  });
});

describe('policy: malformed files stop start-up with the line and field', () => {
  const run = (policy: string) =>
    spawnSync(process.execPath, [CLI, '--sandbox', '--policy', policy], {
      env: { PATH: process.env.PATH ?? '' },
      input: '',
      encoding: 'utf8',
      timeout: 20_000,
    });
  it('a bad level', () => {
    const r = run(file('bad-level.yaml', 'apis:\n  copper:\n    resources:\n      person: read\n      company: admin\n'));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/bad-level\.yaml:5: field "apis\.copper\.resources\.company": .*one of off, read, write, full/);
  });
  it('an unknown resource or key', () => {
    expect(run(file('typo.yaml', 'apis:\n  copper:\n    resources:\n      persons: read\n')).stderr).toMatch(
      /typo\.yaml:4: field "apis\.copper\.resources\.persons": unknown copper resource/,
    );
    expect(run(file('key.yaml', 'default: read\nallow_all: true\n')).stderr).toMatch(/key\.yaml:2: field "allow_all"/);
    expect(run(file('api.yaml', 'apis:\n  salesforce: {default: read}\n')).stderr).toMatch(
      /api\.yaml:2: field "apis\.salesforce": unknown API/,
    );
  });
  it('broken YAML and a missing file', () => {
    expect(run(file('broken.yaml', 'apis:\n  copper: {default: read\n')).stderr).toMatch(/broken\.yaml:\d+:\d+: /);
    expect(run(join(dir, 'nope.yaml')).stderr).toMatch(/cannot read .*nope\.yaml: ENOENT/);
  });
});

describe('audit log', () => {
  it('writes one plain-language JSON line per call, with secrets and free text redacted', async () => {
    const path = join(dir, 'audit.jsonl');
    h = await startHarness({ executor: { policy: loadPolicy(SALES), audit: new AuditLog(path) } });
    const created = await h.call('copper_create_activity', {
      parent: { id: 1000, type: 'person' },
      type: { category: 'user', id: 0 },
      details: 'Private: customer is unhappy',
    });
    await h.call('copper_delete_person', { id: 1001 });
    await h.call('copper_get_person', { id: 999999 });
    await h.call('copper_search_people', { name: 'ada' });
    h.emulator.faults.push({ tool: 'copper_get_company', status: 503, times: 1 });
    await h.call('copper_get_company', { id: 100 });
    await h.close();
    h = undefined;
    const lines = readFileSync(path, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(6);
    const [intent, create, denied, missing, search, retried] = lines;
    // A write: its intent before the request leaves, its outcome after, one call_id.
    expect(intent).toMatchObject({
      tool: 'copper_create_activity',
      phase: 'intent',
      outcome: 'pending',
      decision: 'allowed',
      summary: 'about to create activity',
    });
    expect(create).toMatchObject({ phase: 'outcome', call_id: intent.call_id });
    expect(create).toMatchObject({
      tool: 'copper_create_activity',
      api: 'copper',
      resource: 'activity',
      access: 'write',
      level: 'write',
      decision: 'allowed',
      status: 200,
      attempts: 1,
      outcome: 'ok',
      summary: `created activity ${created.json.id}`,
      ids: [created.json.id],
    });
    expect(create.args.details).toBe('[free text]');
    expect(create.args.parent).toEqual({ id: 1000, type: 'person' });
    expect(typeof create.duration_ms).toBe('number');
    expect(denied).toMatchObject({
      decision: 'denied',
      level: 'read',
      summary: expect.stringMatching(/^denied: delete person — destructive on copper person needs level full/),
    });
    expect(denied.status).toBeUndefined();
    expect(missing).toMatchObject({
      decision: 'allowed',
      status: 404,
      outcome: 'error',
      summary: 'failed: get person 999999 (upstream 404)',
    });
    expect(search).toMatchObject({ summary: expect.stringMatching(/^searched person: \d+ records$/) });
    expect(retried).toMatchObject({ status: 200, attempts: 2, outcome: 'ok' });
    const text = readFileSync(path, 'utf8');
    for (const v of Object.values(TEST_CREDENTIALS.copper).filter((v) => v.includes('S3CRET'))) expect(text).not.toContain(v);
  });

  it('redacts webhook secrets', async () => {
    const path = join(dir, 'audit-webhook.jsonl');
    h = await startHarness({ executor: { audit: new AuditLog(path) } });
    await h.call('copper_create_webhook', {
      target: 'https://hooks.example/x',
      type: 'person',
      event: 'new',
      secret: { token: 'whsec-very-private' },
    });
    await h.close();
    h = undefined;
    const text = readFileSync(path, 'utf8');
    expect(text).not.toContain('whsec-very-private');
    for (const line of text.trim().split('\n')) expect(JSON.parse(line).args.secret).toBe('[secret]');
  });

  it('a log that cannot be written never fails a call and is reported on stderr once', async () => {
    const client = new Client({ name: 'audit-test', version: '1.0.0' });
    const transport = new StdioClientTransport({
      command: process.execPath,
      args: [CLI, '--sandbox', '--toolsets', 'copper', '--audit-log', join(dir, 'no-such-dir', 'audit.jsonl')],
      env: { PATH: process.env.PATH ?? '' },
      stderr: 'pipe',
    });
    let stderr = '';
    transport.stderr?.on('data', (d) => (stderr += d));
    await client.connect(transport);
    for (let i = 0; i < 3; i++) {
      const r = (await client.callTool({ name: 'copper_get_account', arguments: {} })) as { isError?: boolean };
      expect(r.isError).toBeFalsy();
    }
    await new Promise((r) => setTimeout(r, 200));
    await client.close();
    expect(stderr.match(/audit log .* cannot be written/g)).toHaveLength(1);
  });
});
