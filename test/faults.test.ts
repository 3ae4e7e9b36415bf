// The upstream fault matrix: whatever the upstream does, a call ends in a clear error result within
// its time bound, the process survives, memory stays bounded, and a write is never sent twice.
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from './net.js';
import type { Fault } from '../src/sandbox/emulator.js';
import { startHarness, type Harness } from './harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const TIMEOUT_MS = 800;
const start = () => startHarness({ env: { SWITCHBOARD_UPSTREAM_TIMEOUT_MS: String(TIMEOUT_MS) } });

const READ = { tool: 'copper_get_person', args: { id: 1000 } };
const WRITE = { tool: 'copper_create_person', args: { name: 'Fault Tolerance' } };

const matrix: { name: string; fault: Omit<Fault, 'tool'>; expect: RegExp }[] = [
  { name: 'reset before answering', fault: { mode: 'reset' }, expect: /could not reach|may have reached/ },
  { name: 'reset mid-body', fault: { mode: 'cut' }, expect: /could not reach|may have reached|did not/ },
  { name: 'no answer (timeout)', fault: { mode: 'hang' }, expect: /did not (answer|finish)/ },
  { name: '500', fault: { status: 500 }, expect: /answered 500/ },
  { name: '502', fault: { status: 502 }, expect: /answered 502/ },
  { name: '503', fault: { status: 503 }, expect: /answered 503/ },
  { name: 'malformed JSON', fault: { mode: 'malformed' }, expect: /not JSON/ },
  { name: 'an HTML error page', fault: { mode: 'html' }, expect: /answered 502 Bad Gateway: 502 Bad Gateway Bad Gateway upstream error/ },
  { name: 'a 50 MB body', fault: { mode: 'huge', bytes: 50 * 1024 * 1024 }, expect: /over 16 MB/ },
  { name: 'a slow drip', fault: { mode: 'drip' }, expect: /did not finish answering within 800 ms/ },
];

describe('fault matrix', () => {
  for (const { name, fault, expect: message } of matrix) {
    it(`${name}: a read fails clearly after bounded retries; a create is sent exactly once`, async () => {
      h = await start();
      h.emulator.faults.push({ ...fault, tool: READ.tool, times: 10 }, { ...fault, tool: WRITE.tool, times: 10 });
      const rss0 = process.memoryUsage().rss;
      const t0 = Date.now();
      const read = await h.call(READ.tool, READ.args);
      expect(read.isError).toBe(true);
      expect(read.text).toMatch(message);
      expect(Date.now() - t0).toBeLessThan(4 * TIMEOUT_MS + 4000); // ≤ 4 attempts, each bounded, plus backoff
      expect(h.emulator.calls(READ.tool).length).toBeLessThanOrEqual(4);

      const write = await h.call(WRITE.tool, WRITE.args);
      expect(write.isError).toBe(true);
      expect(write.text).toMatch(message);
      expect(h.emulator.calls(WRITE.tool)).toHaveLength(1);
      if (!/^(500|502|503)$/.test(name) && !/HTML/.test(name))
        expect(write.text).toMatch(/not re-sent|not JSON|over 16 MB|may have reached/);

      expect(process.memoryUsage().rss - rss0).toBeLessThan(150 * 1024 * 1024);
      // And the server goes on serving.
      h.emulator.faults.length = 0;
      expect((await h.call(READ.tool, READ.args)).isError).toBeFalsy();
    });
  }

  it('connection refused: a clear error, and a create that never left is safe to have retried', async () => {
    const port = await freePort();
    h = await startHarness({ env: { COPPER_BASE_URL: `http://127.0.0.1:${port}/developer_api/v1` } });
    const t0 = Date.now();
    const r = await h.call(WRITE.tool, WRITE.args);
    expect(r.isError).toBe(true);
    expect(r.text).toMatch(/could not reach Copper CRM \(ECONNREFUSED\)/);
    expect(Date.now() - t0).toBeLessThan(5000);
  });
});
