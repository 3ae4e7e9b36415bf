// What an agent meets before anything is sent: strict arguments with suggestions, refusals that say
// why, initialize instructions — and the list contract's edges (a repeated page, a reached total).
// All through the real MCP client against the emulators.
import { afterEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.js';
import { MAX_ARGUMENT_DEPTH } from '../src/schema.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});
const FAST = { rateLimit: '1000/1s', emulator: { rateLimit: '1000/1s' } };

describe('strict arguments', () => {
  it('an unknown argument is an error naming it and the nearest known name; nothing is sent', async () => {
    h = await startHarness(FAST);
    const r = await h.call('copper_search_people', { nmae: 'grace' });
    expect(r.isError).toBe(true);
    expect(r.text).toBe('unknown argument "nmae" for copper_search_people; did you mean "name"? Nothing was sent.');
    const stage = await h.call('copper_update_opportunity', { id: 700, stage_id: 12 });
    expect(stage.isError).toBe(true);
    expect(stage.text).toContain('unknown argument "stage_id" for copper_update_opportunity; did you mean "pipeline_stage_id"?');
    const far = await h.call('copper_get_account', { zzzzzzzz: 1 });
    expect(far.text).toContain('unknown argument "zzzzzzzz" for copper_get_account; it takes no arguments');
    expect(h.emulator.calls()).toHaveLength(0);
  });

  it('unknown keys inside nested objects are refused too (zod would drop them silently)', async () => {
    h = await startHarness(FAST);
    const r = await h.call('copper_create_person', { name: 'Nested Key', emails: [{ email: 'nk@example.com', categry: 'work' }] });
    expect(r.isError).toBe(true);
    expect(r.text).toContain('unknown argument "categry" in emails.0 for copper_create_person; did you mean "category"?');
    expect(h.emulator.calls()).toHaveLength(0);
  });

  it("fields entries are checked against the items' fields, with a suggestion", async () => {
    h = await startHarness(FAST);
    const r = await h.call('copper_search_people', { fields: ['nam'] });
    expect(r.isError).toBe(true);
    expect(r.text).toContain('unknown field "nam" in fields for copper_search_people; did you mean "name"?');
    expect(h.emulator.calls()).toHaveLength(0);
    const ok = await h.call('copper_search_people', { fields: ['name'], page_size: 2 });
    expect(ok.isError).toBeFalsy();
    expect(Object.keys(ok.json.items[0]).sort()).toEqual(['id', 'name']);
  });

  it('an empty any-of list is refused rather than matching nothing or everything', async () => {
    h = await startHarness(FAST);
    const r = await h.call('copper_search_people', { ids: [] });
    expect(r.isError).toBe(true);
    expect(r.text).toContain('"ids" is an empty list');
    expect(h.emulator.calls()).toHaveLength(0);
  });

  it(`arguments nested deeper than ${MAX_ARGUMENT_DEPTH} levels are refused before anything is sent`, async () => {
    h = await startHarness(FAST);
    let deep: unknown = 'x';
    for (let i = 0; i < 3000; i++) deep = [deep];
    const r = await h.call('copper_create_person', { name: 'Deep', tags: deep as string[] });
    expect(r.isError).toBe(true);
    expect(r.text).toContain(`nested deeper than ${MAX_ARGUMENT_DEPTH} levels`);
    expect(h.emulator.calls()).toHaveLength(0);
    expect((await h.call('copper_get_account')).isError).toBeFalsy();
  });

  it('a missing required argument is named', async () => {
    h = await startHarness(FAST);
    const r = await h.call('copper_get_person', {});
    expect(r.text).toContain('missing required argument "id"');
    expect(h.emulator.calls()).toHaveLength(0);
  });

  it('path ids that are empty, "." or ".." (or hold a slash) are refused, nothing sent', async () => {
    h = await startHarness({ apis: ['dailybot'], ...FAST });
    for (const uuid of ['', '.', '..', 'a/../b']) {
      const r = await h.call('dailybot_get_team', { uuid });
      expect(r.isError, uuid).toBe(true);
      expect(r.text).toMatch(/"uuid" cannot be/);
    }
    expect(h.emulator.calls()).toHaveLength(0);
  });

  it("a list result's next is accepted as it comes by the listed schema", async () => {
    h = await startHarness(FAST);
    const { tools } = await h.client.listTools();
    const listed = tools.find((t) => t.name === 'copper_search_people')!.inputSchema as { properties: Record<string, unknown> };
    const first = await h.call('copper_search_people', { page_size: 5 });
    expect(first.json.has_more).toBe(true);
    for (const k of Object.keys(first.json.next)) expect(listed.properties, k).toHaveProperty(k);
    const second = await h.call('copper_search_people', first.json.next);
    expect(second.isError).toBeFalsy();
    expect(second.json.items[0].id).not.toBe(first.json.items[0].id);
  });
});

describe('refusals and guidance', () => {
  it('a write tool on a read-only server or session says so, not "not found"', async () => {
    h = await startHarness({ args: ['--read-only'], ...FAST });
    const r = await h.call('copper_create_person', { name: 'Nope' });
    expect(r.isError).toBe(true);
    expect(r.text).toMatch(/^copper_create_person is not available: this server is read-only/);
    await h.close();
    h = await startHarness({ narrowing: { readOnly: true }, ...FAST });
    const s = await h.call('copper_delete_person', { id: 1000 });
    expect(s.text).toMatch(/^copper_delete_person is not available: this session is read-only/);
    expect(h.emulator.calls()).toHaveLength(0);
  });

  it('a name no toolset has is still "not found", with a suggestion', async () => {
    h = await startHarness(FAST);
    await expect(h.call('copper_serch_people', {})).rejects.toThrow(
      /Tool copper_serch_people not found; did you mean copper_search_people\?/,
    );
  });

  for (const era of ['legacy', 'modern'] as const) {
    it(`initialize carries short instructions naming the active toolsets (${era})`, async () => {
      h = await startHarness({ apis: ['copper', 'tawkto'], era, ...FAST });
      const text = h.client.getInstructions() ?? '';
      expect(text.length).toBeGreaterThan(200);
      expect(text.length).toBeLessThan(2000);
      expect(text).toContain('copper (Copper CRM)');
      expect(text).toContain('tawkto');
      expect(text).not.toContain('dailybot');
      for (const word of ['next', 'max_records', 'fields', 'UNTRUSTED']) expect(text).toContain(word);
    });
  }
});

describe('list edges', () => {
  it('a page that repeats the previous one ends the walk with a note', async () => {
    h = await startHarness(FAST);
    // A full page (walks ask for 200), answered again when the next page is asked for.
    const page = Array.from({ length: 200 }, (_, i) => ({ id: i + 1, name: `P${i}` }));
    h.emulator.faults.push({ tool: 'copper_search_people', status: 200, body: page, times: 10 });
    const r = await h.call('copper_search_people', { max_records: 1000, fields: ['name'] });
    expect(r.isError).toBeFalsy();
    expect(r.json.items).toHaveLength(200);
    expect(r.json.has_more).toBe(false);
    expect(r.json.next).toBeNull();
    expect(r.json.note).toMatch(/same items as the one before/);
    expect(h.emulator.calls('copper_search_people')).toHaveLength(2);
  });

  it('a list that has reached its total says has_more: false', async () => {
    h = await startHarness(FAST);
    const items = Array.from({ length: 5 }, (_, i) => ({ id: i + 1, name: `P${i}` }));
    h.emulator.faults.push({ tool: 'copper_search_people', status: 200, body: items, headers: { 'x-pw-total': '5' }, times: 1 });
    const r = await h.call('copper_search_people', { page_size: 5 });
    expect(r.json).toMatchObject({ has_more: false, next: null, total: 5 });
  });
});
