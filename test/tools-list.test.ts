// tools/list as a model sees it: a reviewed snapshot of every tool (schema, annotations, token
// cost), the conventions every tool follows, and the token budget.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tool } from '@modelcontextprotocol/client';
import { startHarness, type Harness } from './harness.js';
import { median, tokens } from './tokens.js';
import { toolsets } from '../tools/index.js';

const COPPER_31 = `copper_search_people, copper_get_person, copper_fetch_person_by_email, copper_create_person,
  copper_update_person, copper_delete_person, copper_search_companies, copper_get_company,
  copper_create_company, copper_update_company, copper_search_leads, copper_create_lead,
  copper_update_lead, copper_convert_lead, copper_search_opportunities, copper_create_opportunity,
  copper_update_opportunity, copper_search_tasks, copper_create_task, copper_create_activity,
  copper_search_activities, copper_search_projects, copper_list_pipelines, copper_list_pipeline_stages,
  copper_list_custom_field_definitions, copper_get_account, copper_search_users, copper_get_current_user,
  copper_create_webhook, copper_list_webhooks, copper_delete_webhook`
  .split(/[\s,]+/)
  .filter(Boolean);
// design.md: "The rest of the public Copper API follows the same scheme; at least: …"
const COPPER_AT_LEAST = `copper_get_lead, copper_delete_lead, copper_upsert_lead, copper_list_lead_statuses,
  copper_list_customer_sources, copper_list_contact_types, copper_delete_company, copper_get_opportunity,
  copper_delete_opportunity, copper_list_loss_reasons, copper_get_project, copper_create_project,
  copper_update_project, copper_delete_project, copper_get_task, copper_update_task, copper_delete_task,
  copper_get_activity, copper_delete_activity, copper_list_activity_types, copper_get_user, copper_get_webhook,
  copper_list_related_records, copper_relate_records, copper_unrelate_records`
  .split(/[\s,]+/)
  .filter(Boolean);

/** Every sub-schema of a JSON Schema, with where it sits. */
function* subSchemas(node: unknown, at: string): Generator<[string, Record<string, unknown>]> {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return;
  const s = node as Record<string, unknown>;
  yield [at, s];
  for (const [k, v] of Object.entries(s.properties ?? {})) yield* subSchemas(v, `${at}.${k}`);
  if (s.items) yield* subSchemas(s.items, `${at}[]`);
  if (s.additionalProperties && typeof s.additionalProperties === 'object') yield* subSchemas(s.additionalProperties, `${at}{}`);
  for (const k of ['anyOf', 'oneOf', 'allOf'] as const)
    for (const [i, v] of ((s[k] as unknown[]) ?? []).entries()) yield* subSchemas(v, `${at}|${i}`);
}

let h: Harness;
let tools: Tool[];
const cost = (t: Tool) => tokens(t);
const byToolset = (id: string) => tools.filter((t) => t.name.startsWith(`${id}_`));

beforeAll(async () => {
  h = await startHarness({ apis: toolsets.map((t) => t.api.id) });
  ({ tools } = await h.client.listTools());
});
afterAll(async () => {
  await h.close();
});

describe('tools/list', () => {
  it('matches the reviewed snapshot (names, annotations, schemas, token counts)', async () => {
    const snapshot = tools.map((t) => ({ tokens: cost(t), ...t }));
    await expect(`${JSON.stringify(snapshot, null, 1)}\n`).toMatchFileSnapshot('./__snapshots__/tools-list.json');
  });

  it('has the 31 Copper names of the seed and at least the rest design.md names', () => {
    const names = byToolset('copper').map((t) => t.name);
    for (const n of [...COPPER_31, ...COPPER_AT_LEAST]) expect(names, n).toContain(n);
  });

  it('lists every argument a tool accepts, and no sub-schema is empty', () => {
    const decls = new Map(h.app.catalog.tools.map((t) => [t.name, t] as const));
    for (const t of tools) {
      const schema = t.inputSchema as Record<string, any>;
      // Nothing validated but unlisted: the listed properties are exactly the accepted arguments.
      expect(Object.keys(schema.properties ?? {}).sort(), t.name).toEqual(Object.keys(decls.get(t.name)!.schema.zod.shape).sort());
      for (const [at, sub] of subSchemas(schema, t.name)) {
        const says = Object.keys(sub).filter((k) => k !== 'description');
        expect(says.length, `${at} is an empty schema: ${JSON.stringify(sub)}`).toBeGreaterThan(0);
      }
    }
  });

  it('every tool follows the naming and shape conventions', () => {
    const ids = toolsets.map((t) => t.api.id);
    expect(new Set(tools.map((t) => t.name)).size).toBe(tools.length);
    for (const t of tools) {
      expect(t.name, t.name).toMatch(new RegExp(`^(${ids.join('|')})_[a-z][a-z0-9]*(_[a-z0-9]+)+$`));
      expect(t.name.length).toBeLessThanOrEqual(64);
      expect(t.title, t.name).toBeTruthy();
      expect(t.description, t.name).toBeTruthy();
      const a = t.annotations!;
      for (const hint of ['readOnlyHint', 'destructiveHint', 'idempotentHint', 'openWorldHint'] as const)
        expect(typeof a[hint], `${t.name}.${hint}`).toBe('boolean');
      if (a.readOnlyHint) expect(a.destructiveHint, t.name).toBe(false);
      const schema = t.inputSchema as Record<string, any>;
      expect(schema.type).toBe('object');
      for (const k of ['anyOf', 'oneOf', 'allOf', '$schema']) expect(schema[k], `${t.name} ${k}`).toBeUndefined();
      for (const [field, s] of Object.entries<Record<string, unknown>>(schema.properties ?? {})) {
        expect(typeof s.description === 'string' && s.description.length > 0, `${t.name}.${field} has a description`).toBe(true);
      }
    }
  });

  it('annotations follow the declared access level', () => {
    const decls = new Map(toolsets.flatMap((s) => s.tools.map((d) => [d.name, d] as const)));
    for (const t of tools) {
      const d = decls.get(t.name)!;
      expect(t.annotations?.readOnlyHint, t.name).toBe(d.access === 'read');
      expect(t.annotations?.destructiveHint, t.name).toBe(d.access === 'destructive');
    }
    for (const n of ['copper_delete_person', 'copper_delete_webhook', 'copper_convert_lead'])
      expect(decls.get(n)!.access).toBe('destructive');
    for (const n of ['copper_search_people', 'copper_fetch_person_by_email', 'copper_search_users'])
      expect(decls.get(n)!.access).toBe('read');
  });
});

describe('token budget (o200k)', () => {
  it('Copper, with its whole API, costs at most 11,000 tokens', () => {
    expect(byToolset('copper').reduce((s, t) => s + cost(t), 0)).toBeLessThanOrEqual(11000);
  });

  it('every toolset at most 13,000; all together at most 45,000 with a median of at most 115 per tool', () => {
    const report: Record<string, { tools: number; total: number; median: number }> = {};
    for (const { api } of toolsets) {
      const costs = byToolset(api.id).map(cost);
      report[api.id] = { tools: costs.length, total: costs.reduce((s, c) => s + c, 0), median: median(costs) };
      expect(report[api.id].total, api.id).toBeLessThanOrEqual(13000);
    }
    const all = tools.map(cost);
    report.all = { tools: all.length, total: all.reduce((s, c) => s + c, 0), median: median(all) };
    console.log('tools/list tokens:', JSON.stringify(report));
    expect(report.all.total).toBeLessThanOrEqual(45000);
    expect(report.all.median).toBeLessThanOrEqual(115);
  });
});
