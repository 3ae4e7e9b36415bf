// Across all four APIs: a toolset appears only with its credentials, and read-only hides and
// refuses every write of every API.
import { afterEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.js';
import { toolsets } from '../tools/index.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const prefixes = async (x: Harness) => [...new Set((await x.client.listTools()).tools.map((t) => t.name.split('_')[0]))].sort();
const ALL = toolsets.map((t) => t.api.id);

describe('toolsets', () => {
  it('knows the four APIs', () => expect(ALL.sort()).toEqual(['copilot', 'copper', 'dailybot', 'tawkto']));

  it('registers a toolset only when its credentials are set', async () => {
    h = await startHarness({ apis: ['copper', 'dailybot'] });
    expect(await prefixes(h)).toEqual(['copper', 'dailybot']);
    await h.close();
    h = await startHarness({ apis: ['tawkto'] });
    expect(await prefixes(h)).toEqual(['tawkto']);
  });

  it('--toolsets selects among the configured ones; --tools and --exclude-tools pick tools', async () => {
    h = await startHarness({ apis: ALL, args: ['--toolsets', 'copilot,tawkto'] });
    expect(await prefixes(h)).toEqual(['copilot', 'tawkto']);
    await h.close();
    h = await startHarness({ apis: ALL, args: ['--tools', 'copper_get_person,dailybot_get_me', '--exclude-tools', 'dailybot_get_me'] });
    expect((await h.client.listTools()).tools.map((t) => t.name)).toEqual(['copper_get_person']);
  });
});

describe('read-only across every API', () => {
  const writes = toolsets.flatMap((s) => s.tools.filter((d) => d.access !== 'read'));

  it('hides every write tool', async () => {
    h = await startHarness({ apis: ALL, args: ['--read-only'] });
    const { tools } = await h.client.listTools();
    const listed = new Set(tools.map((t) => t.name));
    expect(writes.length).toBeGreaterThan(50);
    for (const w of writes) expect(listed.has(w.name), w.name).toBe(false);
    expect(tools.every((t) => t.annotations?.readOnlyHint)).toBe(true);
  });

  it('refuses every write tool at call time and sends nothing upstream', async () => {
    h = await startHarness({ apis: ALL, executorOnlyReadOnly: true });
    const { tools } = await h.client.listTools();
    const schemas = new Map(tools.map((t) => [t.name, t.inputSchema as Schema]));
    let refused = 0;
    for (const w of writes) {
      const args = { ...(sample(schemas.get(w.name)!) as Record<string, unknown>), ...ONE_OF[w.name] };
      const r = await h.call(w.name, args);
      expect(r.isError, w.name).toBe(true);
      if (/read-only/.test(r.text)) {
        refused++;
        continue;
      }
      // Arguments our generic guess got wrong are refused by validation: still nothing sent.
      expect(r.text, w.name).toMatch(/invalid arguments for|unknown argument|missing required argument/);
    }
    for (const id of ALL) expect(h.emulators[id].calls(), id).toEqual([]);
    expect(refused).toBe(writes.length);
  });
});

/** Tools whose schema requires one of several fields (a refinement JSON Schema does not show). */
const ONE_OF: Record<string, Record<string, unknown>> = {
  dailybot_send_message: { target_users: ['123e4567-e89b-12d3-a456-426614174000'] },
  dailybot_give_kudos: { users_receivers: ['123e4567-e89b-12d3-a456-426614174000'] },
  // Copper's bulk lists hold items of the single tool's shape (listed as objects pointing to it).
  copper_bulk_create_people: { people: [{ name: 'A' }] },
  copper_bulk_update_people: { people: [{ id: 1 }] },
  copper_bulk_create_companies: { companies: [{ name: 'A' }] },
  copper_bulk_update_companies: { companies: [{ id: 1 }] },
  copper_bulk_create_leads: { leads: [{ name: 'A' }] },
  copper_bulk_update_leads: { leads: [{ id: 1 }] },
  copper_bulk_create_opportunities: { opportunities: [{ name: 'A', primary_contact_id: 1 }] },
  copper_bulk_create_activities: { activities: [{ parent: { id: 1, type: 'person' }, type: { category: 'user', id: 0 }, details: 'x' }] },
  copper_create_connection: { target: { id: 1, entity_type: 'people' } },
  // Copilot's combination rules.
  copilot_create_file_channel: { clientId: 'x' },
  copilot_create_message_channel: { clientId: 'x' },
  copilot_create_invoice: { clientId: 'x', templateId: 'x' },
  copilot_create_subscription: { clientId: 'x', templateId: 'x' },
  copilot_create_notification: { recipientClientId: 'x' },
  copilot_create_task: { clientId: 'x', templateId: 'x' },
};

type Schema = {
  type?: string | string[];
  enum?: unknown[];
  format?: string;
  minimum?: number;
  minLength?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  anyOf?: Schema[];
};

/** A minimal value that satisfies a listed JSON Schema, so a call gets past validation. */
function sample(s: Schema): unknown {
  if ('const' in s) return (s as { const: unknown }).const;
  if (s.enum) return s.enum[0];
  if (s.anyOf) return sample(s.anyOf[0]);
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  switch (type) {
    case 'integer':
    case 'number':
      return Math.max(1, s.minimum ?? 1);
    case 'boolean':
      return true;
    case 'array':
      return [sample(s.items ?? { type: 'string' })];
    case 'object':
      return Object.fromEntries((s.required ?? []).map((k) => [k, sample(s.properties?.[k] ?? {})]));
    default:
      if (s.format === 'email') return 'a@b.example';
      if (s.format === 'uri') return 'https://hooks.example/x';
      if (s.format === 'uuid') return '123e4567-e89b-12d3-a456-426614174000';
      if (s.format === 'date') return '2026-01-01';
      if (s.format === 'date-time') return '2026-01-01T00:00:00Z';
      return 'x'.repeat(Math.max(1, s.minLength ?? 1));
  }
}
