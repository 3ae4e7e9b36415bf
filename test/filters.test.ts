// Every filter and sort a list tool advertises works: for each list tool of each toolset, each
// optional filter is given a value taken from a record the unfiltered call returned, and must narrow
// the result to fewer items that still include that record. Driven by the declarations alone (the
// same FilterSpec the emulator and the listed descriptions read), so a new list tool is walked too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tool } from '@modelcontextprotocol/client';
import { startHarness, type Harness } from './harness.js';
import { toolsets } from '../tools/index.js';
import { instant, same, sortOrder, valuesAt } from '../src/sandbox/filter.js';
import type { FilterSpec, PaginationSpec, SandboxDefinition, ToolDeclaration } from '../src/declaration.js';

const FAST = { rateLimit: '1000/1s', emulator: { rateLimit: '1000/1s' } };
type Prop = { type?: string | string[]; items?: Prop; enum?: unknown[]; format?: string; description?: string; pattern?: string };

const fieldsOf = (spec: FilterSpec, arg: string) =>
  spec.field === undefined ? [arg.split('.').pop()!] : Array.isArray(spec.field) ? spec.field : [spec.field];
/** Arguments with one set at a dotted path (`filters.status` inside the `filters` object). */
function withArg(args: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const out = structuredClone(args);
  const keys = path.split('.');
  let at = out;
  for (const k of keys.slice(0, -1)) at = (at[k] ??= {}) as Record<string, unknown>;
  at[keys[keys.length - 1]] = value;
  return out;
}
/** The listed sub-schema of an argument, by name or dotted path. */
const propAt = (schema: { properties: Record<string, Prop> }, path: string): Prop =>
  path.split('.').reduce<any>((at, k) => at?.properties?.[k], schema) ?? {};
const valuesOf = (item: unknown, spec: FilterSpec, arg: string) => fieldsOf(spec, arg).flatMap((f) => valuesAt(item, f));
const idOf = (item: any) => JSON.stringify(item?.id ?? item?.uuid ?? item);
const lower = (v: unknown) => String(v).toLowerCase();

/** A record value as the argument's listed type wants it (a date as Unix seconds, ISO text or YYYY-MM-DD). */
function asArg(v: unknown, prop: Prop, time: boolean): unknown {
  const type = Array.isArray(prop.type) ? prop.type[0] : prop.type;
  if (type === 'array') return [asArg(v, prop.items ?? {}, time)];
  if (type === 'integer' || type === 'number') return typeof v === 'number' ? v : time ? Math.floor(instant(v)! / 1000) : Number(v);
  if (type === 'boolean') return v === true || v === 'true';
  if (time && type === 'string') {
    const t = instant(v)!;
    const dateOnly =
      prop.format === 'date' || /YYYY-MM-DD(?![T ])/.test(prop.description ?? '') || (prop.pattern ?? '').includes('\\d{4}-\\d{2}-\\d{2}$');
    return dateOnly ? new Date(t).toISOString().slice(0, 10) : typeof v === 'string' ? v : new Date(t).toISOString();
  }
  return v;
}

/** What the walk sends for each kind of filter, given the items the unfiltered call returned. */
function pick(arg: string, spec: FilterSpec, prop: Prop, items: any[]): { value: unknown; source?: any } | undefined {
  const candidates: { value: unknown; source: any; hits: number }[] = [];
  const count = (test: (v: unknown) => boolean) => items.filter((i) => valuesOf(i, spec, arg).some(test)).length;
  for (const item of items) {
    for (const v of valuesOf(item, spec, arg)) {
      const isObject = v !== null && typeof v === 'object';
      if (isObject && spec.match !== 'equals' && spec.match !== 'any') continue;
      let value: unknown;
      let hits: number;
      if (spec.match === 'equals' || spec.match === 'any' || spec.match === 'all') {
        // A value map (status 2 → "Won") is read backwards: the argument value that stands for v.
        const mapped = spec.values ? Object.entries(spec.values).find(([, r]) => same(v, r))?.[0] : undefined;
        if (spec.values && mapped === undefined) continue;
        const raw = mapped === undefined ? v : Number.isNaN(Number(mapped)) ? mapped : Number(mapped);
        value = isObject ? (prop.type === 'array' ? [v] : v) : asArg(raw, prop, false);
        hits = count((h) => same(h, v));
      } else if (spec.match === 'contains') {
        const s = String(v);
        value = s.length > 3 ? s.slice(1, Math.min(s.length - 1, 6)) : s;
        hits = count((h) => lower(h).includes(lower(value)));
      } else if (spec.match === 'prefix') {
        value = String(v).slice(0, 3);
        hits = count((h) => lower(h).startsWith(lower(value)));
      } else continue;
      const enumOk =
        !prop.enum && !prop.items?.enum
          ? true
          : [...(prop.enum ?? []), ...(prop.items?.enum ?? [])].includes(Array.isArray(value) ? value[0] : value);
      if (enumOk && hits > 0 && hits < items.length) candidates.push({ value, source: item, hits });
    }
  }
  if (spec.match === 'min' || spec.match === 'max') {
    const timed = items
      .map((i) => ({
        i,
        t: valuesOf(i, spec, arg)
          .map((v) => (typeof v === 'number' ? v : instant(v)))
          .find((t) => t !== undefined),
      }))
      .filter((x) => x.t !== undefined);
    const time = timed.some((x) => typeof valuesOf(x.i, spec, arg)[0] === 'string');
    timed.sort((a, b) => a.t! - b.t!);
    if (timed.length < 2 || timed[0].t === timed[timed.length - 1].t) return undefined;
    // min: the latest value (keeps the latest, drops the earliest); max: the earliest.
    const chosen = spec.match === 'min' ? timed[timed.length - 1] : timed[0];
    return { value: asArg(valuesOf(chosen.i, spec, arg)[0], prop, time), source: chosen.i };
  }
  candidates.sort((a, b) => a.hits - b.hits);
  return candidates[0];
}

function pagingNames(decl: ToolDeclaration, api: PaginationSpec): string[] {
  const p = { ...api, ...(decl.list === true ? {} : decl.list) };
  return [p.pageParam, p.offsetParam, p.cursorParam, p.sizeParam].filter(Boolean) as string[];
}

for (const { api, tools } of toolsets) {
  describe(`${api.id}: every list filter narrows, every sort orders`, () => {
    let h: Harness;
    let listed: Map<string, Tool>;
    let def: SandboxDefinition;
    beforeAll(async () => {
      h = await startHarness({ apis: [api.id], ...FAST });
      listed = new Map((await h.client.listTools()).tools.map((t) => [t.name, t]));
      def = await api.sandbox();
    });
    afterAll(async () => {
      await h?.close();
    });

    it('every argument of a list tool is a declared filter, the sort, paging, or a path id', () => {
      for (const d of tools.filter((t) => t.list)) {
        const path = [...d.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
        const skip = new Set([...path, ...pagingNames(d, api.pagination), d.sort?.arg, d.sort?.directionArg].filter(Boolean) as string[]);
        const specs = Object.keys(d.filters ?? {});
        for (const arg of Object.keys(d.input.shape)) {
          if (skip.has(arg)) continue;
          const covered = specs.includes(arg) || specs.some((k) => k.startsWith(`${arg}.`));
          expect(covered, `${d.name}.${arg} needs a FilterSpec (what it matches)`).toBe(true);
        }
        for (const arg of specs) expect(Object.keys(d.input.shape), `${d.name}: filter ${arg} is an argument`).toContain(arg.split('.')[0]);
      }
    });

    it('the seed uses only the fields the API definition lists for each resource', () => {
      for (const [collection, records] of Object.entries(def.seed)) {
        const fields = api.records?.[collection];
        if (!fields || !Array.isArray(records)) continue;
        for (const r of records)
          for (const k of Object.keys(r)) expect(fields, `${api.id} ${collection}.${k} is listed in records`).toContain(k);
      }
    });

    for (const d of tools.filter((t) => t.list)) {
      it(d.name, async () => {
        const schema = listed.get(d.name)!.inputSchema as { properties: Record<string, Prop>; required?: string[] };
        const required = new Set(schema.required ?? []);
        const base: Record<string, unknown> = { ...(def.examples?.[d.name] ?? {}) };
        for (const r of required) expect(base, `${d.name}: sandbox examples give required "${r}"`).toHaveProperty(r);
        // Filters with a default (DailyBot's "today") are opened wide for the baseline.
        for (const [arg, spec] of Object.entries(d.filters ?? {})) {
          if (spec.default === 'today' && base[arg] === undefined)
            Object.assign(base, withArg(base, arg, asArg(spec.match === 'max' ? '2100-01-01' : '2000-01-01', propAt(schema, arg), true)));
        }
        const walk = 'max_records' in schema.properties ? { max_records: 1000 } : {};
        const all = await h.call(d.name, { ...base, ...walk });
        expect(all.isError, `${d.name}: ${all.text}`).toBeFalsy();
        const items = all.json.items as any[];

        // Required scopes (a property id…) hold for every item returned.
        for (const [arg, spec] of Object.entries(d.filters ?? {})) {
          if (!required.has(arg) || spec.match !== 'equals' || base[arg] === undefined) continue;
          for (const item of items)
            expect(valuesOf(item, spec, arg).map(lower), `${d.name}: ${arg} scopes every item`).toContain(lower(base[arg]));
        }

        for (const [arg, spec] of Object.entries(d.filters ?? {})) {
          if (required.has(arg) || spec.match === 'shape') continue;
          const prop = propAt(schema, arg);
          if (spec.match === 'include') {
            const widened = (await h.call(d.name, withArg({ ...base, ...walk }, arg, true))).json.items.length;
            expect(widened, `${d.name}.${arg}: true includes more than the default (${items.length})`).toBeGreaterThan(items.length);
            continue;
          }
          if (spec.default === 'today' && spec.match === 'min') {
            // Without the window's arguments the upstream assumes today (a max bound of today covers the whole day).
            const plain = structuredClone(base);
            for (const [a, sp] of Object.entries(d.filters ?? {})) if (sp.default === 'today') delete plain[a];
            const today = await h.call(d.name, { ...plain, ...walk });
            expect(today.json.items.length, `${d.name}: ${arg} defaults to today, a narrower window`).toBeLessThan(items.length);
          }
          if (spec.match === 'present') {
            const yes = (await h.call(d.name, withArg({ ...base, ...walk }, arg, true))).json.items.length;
            const no = (await h.call(d.name, withArg({ ...base, ...walk }, arg, false))).json.items.length;
            expect(
              [yes, no].every((n) => n > 0 && n < items.length) && yes + no === items.length,
              `${d.name}.${arg}: true ${yes} / false ${no} of ${items.length}`,
            ).toBe(true);
            continue;
          }
          expect(items.length, `${d.name}: the seed gives at least 2 items to filter`).toBeGreaterThanOrEqual(2);
          const chosen = pick(arg, spec, prop, items);
          expect(
            chosen,
            `${d.name}.${arg}: the returned items carry ${JSON.stringify(spec.field ?? arg)} with differing values`,
          ).toBeDefined();
          const r = await h.call(d.name, withArg({ ...base, ...walk }, arg, chosen!.value));
          expect(r.isError, `${d.name} ${arg}=${JSON.stringify(chosen!.value)}: ${r.text}`).toBeFalsy();
          const got = r.json.items as any[];
          expect(got.length, `${d.name} ${arg}=${JSON.stringify(chosen!.value)} narrows`).toBeLessThan(items.length);
          expect(got.length, `${d.name} ${arg}=${JSON.stringify(chosen!.value)} keeps a match`).toBeGreaterThan(0);
          expect(got.map(idOf), `${d.name} ${arg}: keeps the record the value came from`).toContain(idOf(chosen!.source));
        }

        if (d.sort) {
          const prop = schema.properties[d.sort.arg];
          const options: Record<string, unknown>[] = [];
          const values = d.sort.values
            ? Object.keys(d.sort.values)
            : ((prop.enum as string[] | undefined) ?? (prop as any).properties?.[d.sort.objectKeys?.field ?? '']?.enum ?? []);
          for (const v of values) {
            if (d.sort.objectKeys)
              for (const dir of ['asc', 'desc'])
                options.push({ [d.sort.arg]: { [d.sort.objectKeys.field]: v, [d.sort.objectKeys.direction]: dir } });
            else if (d.sort.directionArg) for (const dir of ['asc', 'desc']) options.push({ [d.sort.arg]: v, [d.sort.directionArg]: dir });
            else options.push({ [d.sort.arg]: v });
          }
          expect(options.length, `${d.name}: sort options`).toBeGreaterThan(0);
          const orders = new Set<string>();
          for (const o of options) {
            const r = await h.call(d.name, { ...base, ...walk, ...o });
            expect(r.isError, `${d.name} ${JSON.stringify(o)}: ${r.text}`).toBeFalsy();
            const order = sortOrder(d.sort, o)!;
            const keys: any[] = (r.json.items as any[])
              .map((i) => valuesAt(i, order.field)[0])
              .filter((k) => k !== undefined)
              .map((k) => (typeof k === 'string' ? (instant(k) ?? k.toLowerCase()) : k));
            for (let i = 1; i < keys.length; i++)
              expect(
                order.desc ? keys[i - 1] >= keys[i] : keys[i - 1] <= keys[i],
                `${d.name} ${JSON.stringify(o)} is ordered by ${order.field}`,
              ).toBe(true);
            orders.add((r.json.items as any[]).map(idOf).join());
          }
          expect(orders.size, `${d.name}: different sorts give different orders`).toBeGreaterThan(1);
        }
      });
    }
  });
}
