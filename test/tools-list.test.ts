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
  copper_create_webhook, copper_list_webhooks, copper_delete_webhook`.split(/[\s,]+/).filter(Boolean);

let h: Harness;
let tools: Tool[];
const cost = (t: Tool) => tokens(t);
const byToolset = (id: string) => tools.filter((t) => t.name.startsWith(`${id}_`));

beforeAll(async () => {
  h = await startHarness({ apis: toolsets.map((t) => t.api.id) });
  ({ tools } = await h.client.listTools());
});
afterAll(async () => { await h.close(); });

describe('tools/list', () => {
  it('matches the reviewed snapshot (names, annotations, schemas, token counts)', async () => {
    const snapshot = tools.map((t) => ({ tokens: cost(t), ...t }));
    await expect(JSON.stringify(snapshot, null, 1) + '\n').toMatchFileSnapshot('./__snapshots__/tools-list.json');
  });

  it('has exactly the 31 Copper names of design.md', () => {
    expect(byToolset('copper').map((t) => t.name).sort()).toEqual([...COPPER_31].sort());
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
      for (const hint of ['readOnlyHint', 'destructiveHint', 'idempotentHint', 'openWorldHint'] as const) expect(typeof a[hint], `${t.name}.${hint}`).toBe('boolean');
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
    for (const n of ['copper_delete_person', 'copper_delete_webhook', 'copper_convert_lead']) expect(decls.get(n)!.access).toBe('destructive');
    for (const n of ['copper_search_people', 'copper_fetch_person_by_email', 'copper_search_users']) expect(decls.get(n)!.access).toBe('read');
  });
});

describe('token budget (o200k)', () => {
  it('Copper costs at most 5,000 tokens', () => {
    expect(byToolset('copper').reduce((s, t) => s + cost(t), 0)).toBeLessThanOrEqual(5000);
  });

  it('every toolset at most 12,000; all together at most 30,000 with a median of at most 100 per tool', () => {
    const report: Record<string, { tools: number; total: number; median: number }> = {};
    for (const { api } of toolsets) {
      const costs = byToolset(api.id).map(cost);
      report[api.id] = { tools: costs.length, total: costs.reduce((s, c) => s + c, 0), median: median(costs) };
      expect(report[api.id].total, api.id).toBeLessThanOrEqual(12000);
    }
    const all = tools.map(cost);
    report.all = { tools: all.length, total: all.reduce((s, c) => s + c, 0), median: median(all) };
    console.log('tools/list tokens:', JSON.stringify(report));
    expect(report.all.total).toBeLessThanOrEqual(30000);
    expect(report.all.median).toBeLessThanOrEqual(100);
  });
});
