// A write never escapes the audit log: its intent line is on disk before the request reaches the
// upstream (so a crash mid-call still shows the change may have been applied), its outcome line
// follows with the same call_id, and refusals are recorded too.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});
const dir = mkdtempSync(join(tmpdir(), 'switchboard-audit-'));
const read = (path: string) =>
  readFileSync(path, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));

describe('audit: intent before the write leaves, outcome after', () => {
  it('the intent line is on disk while the upstream is still holding the request', async () => {
    const path = join(dir, 'intent.jsonl');
    h = await startHarness({ args: ['--audit-log', path] });
    h.emulator.faults.push({ tool: 'copper_create_person', mode: 'hang', times: 1 });
    const ac = new AbortController();
    const pending = h.client
      .callTool({ name: 'copper_create_person', arguments: { name: 'Intent First' } }, { signal: ac.signal })
      .catch(() => undefined);
    // Wait until the request has reached the upstream, then look at the file: no flush, no close.
    for (let i = 0; i < 200 && h.emulator.calls('copper_create_person').length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(h.emulator.calls('copper_create_person')).toHaveLength(1);
    const atArrival = read(path);
    expect(atArrival).toHaveLength(1);
    expect(atArrival[0]).toMatchObject({ tool: 'copper_create_person', phase: 'intent', outcome: 'pending', decision: 'allowed' });
    expect(atArrival[0].summary).toBe('about to create person');
    ac.abort();
    await pending;
    for (let i = 0; i < 100 && read(path).length < 2; i++) await new Promise((r) => setTimeout(r, 10));
    const lines = read(path);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatchObject({ call_id: atArrival[0].call_id, phase: 'outcome', outcome: 'error' });
  });

  it('every write has exactly an intent and an outcome line; reads and refusals one line each', async () => {
    const path = join(dir, 'pairs.jsonl');
    h = await startHarness({ args: ['--audit-log', path, '--exclude-tools', 'copper_delete_lead'] });
    const created = await h.call('copper_create_person', { name: 'Paired Lines' });
    expect(created.isError).toBeFalsy();
    await h.call('copper_get_person', { id: created.json.id });
    h.emulator.faults.push({ tool: 'copper_update_person', status: 500, times: 5 });
    await h.call('copper_update_person', { id: created.json.id, title: 'CTO' });
    await h.call('copper_delete_lead', { id: 500 }); // excluded at start-up: refused, recorded
    const lines = read(path);
    const byCall = new Map<string, any[]>();
    for (const l of lines) byCall.set(l.call_id, [...(byCall.get(l.call_id) ?? []), l]);
    const shapes = [...byCall.values()].map((ls) => ls.map((l) => `${l.tool}:${l.phase ?? '-'}:${l.outcome}`).join(' '));
    expect(shapes).toEqual([
      'copper_create_person:intent:pending copper_create_person:outcome:ok',
      'copper_get_person:-:ok',
      'copper_update_person:intent:pending copper_update_person:outcome:error',
      'copper_delete_lead:-:error',
    ]);
    expect(lines.at(-1)).toMatchObject({ decision: 'denied' });
    expect(lines.at(-1).reason).toMatch(/not available on this connection/);
    expect(h.emulator.calls('copper_delete_lead')).toHaveLength(0);
  });
});
