import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.js';
import copper from '../tools/copper/index.js';

describe('harness smoke', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.close();
  });
  it('lists and calls', async () => {
    const { tools } = await h.client.listTools();
    expect(tools.length).toBe(copper.tools.length);
    const r = await h.call('copper_get_person', { id: 1000 });
    expect(r.isError, r.text).toBeFalsy();
    expect(r.json.name).toBe('Ada Lovelace');
    const m = await h.call('copper_get_person', { id: 1 });
    expect(m.isError).toBe(true);
    expect(m.text).toMatch(/404/);
  });
});
