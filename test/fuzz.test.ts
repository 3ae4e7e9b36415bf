// Fuzzing every tool's input through the MCP client: 10,000 calls with generated invalid and
// edge-case arguments. No crash, no unhandled rejection, every answer a well-formed tool result,
// and every rejected input a clear isError.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tool } from '@modelcontextprotocol/client';
import { startHarness, type Harness } from './harness.js';
import { toolsets } from '../tools/index.js';

const CALLS = 10_000;
let h: Harness;
let tools: Tool[];
const unhandled: unknown[] = [];
const onUnhandled = (e: unknown) => unhandled.push(e);

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  process.on('uncaughtException', onUnhandled);
  h = await startHarness({ apis: toolsets.map((t) => t.api.id), rateLimit: '1000000/1s', emulator: { rateLimit: '1000000/1s' } });
  ({ tools } = await h.client.listTools());
});
afterAll(async () => {
  await h.close();
  process.off('unhandledRejection', onUnhandled);
  process.off('uncaughtException', onUnhandled);
});

/** Values that break naive code: wrong types, extremes, odd text. */
const edge = fc.oneof(
  fc.constantFrom(
    null,
    true,
    false,
    0,
    -1,
    -2,
    1e308,
    -1e308,
    2 ** 53,
    0.5,
    '',
    ' ',
    '0',
    'null',
    '../../etc/passwd',
    '%00',
    '{"a":1}',
    '\u202Egnp.exe',
    '😀'.repeat(50),
    'x'.repeat(10_000),
    [],
    {},
    [null],
    { __proto__: null },
  ),
  fc.string(),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.array(fc.anything(), { maxLength: 5 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.anything(), { maxKeys: 4 }),
);

/** Arguments built from a tool's own field names (so validation goes deep) plus stray keys. */
const argsFor = (tool: Tool) => {
  const fields = Object.keys((tool.inputSchema as { properties?: Record<string, unknown> }).properties ?? {});
  const keys = fc.constantFrom(...fields, 'id', 'constructor', '__proto__', 'unknown_field');
  return fc.oneof(
    fc.dictionary(keys, edge, { maxKeys: 6 }),
    fc.dictionary(fc.string({ maxLength: 12 }), fc.anything(), { maxKeys: 6 }),
    fc.constant({}),
  );
};

describe('fuzzing tool inputs', () => {
  it(`${CALLS} calls with generated arguments: 0 crashes, 0 unhandled rejections, every answer well-formed`, async () => {
    let calls = 0;
    let rejected = 0;
    const perTool = Math.ceil(CALLS / tools.length);
    for (const tool of tools) {
      await fc.assert(
        fc.asyncProperty(argsFor(tool), async (args) => {
          calls++;
          const r = (await h.client.callTool({ name: tool.name, arguments: args as Record<string, unknown> })) as {
            isError?: boolean;
            content: { type: string; text: string }[];
          };
          expect(Array.isArray(r.content)).toBe(true);
          expect(r.content.length).toBeGreaterThan(0);
          for (const c of r.content) expect(typeof c.text).toBe('string');
          if (r.isError) {
            rejected++;
            expect(r.content[0].text.length).toBeGreaterThan(10);
            expect(r.content[0].text).not.toMatch(/^(undefined|null|\[object Object\])$/);
          } else {
            // A call that was accepted answered with JSON.
            expect(() => JSON.parse(r.content[r.content.length - 1].text)).not.toThrow();
          }
        }),
        { numRuns: perTool, seed: 20261123 },
      );
    }
    expect(calls).toBeGreaterThanOrEqual(CALLS);
    expect(rejected).toBeGreaterThan(calls / 2);
    expect(unhandled).toEqual([]);
    console.log(`fuzz: ${calls} calls over ${tools.length} tools, ${rejected} rejected as isError, 0 crashes`);
  }, 600_000);
});
