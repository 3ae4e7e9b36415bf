// The emulator's list semantics, read from declarations: each filter argument's FilterSpec says which
// record field it tests and how, and the SortSpec how to order. Nothing here knows an API: a list
// that ignores a filter its tool advertises would teach agents (and tests) a wrong API.
import type { FilterSpec, SortSpec, ToolDeclaration } from '../declaration.js';
import { fieldAt } from '../pagination.js';

/** Every value at a dotted path; arrays on the way are searched element-wise. */
export function valuesAt(record: unknown, path: string): unknown[] {
  let at: unknown[] = [record];
  for (const key of path.split('.')) {
    const next: unknown[] = [];
    for (const v of at) {
      const items = Array.isArray(v) ? v : [v];
      for (const item of items) if (item && typeof item === 'object' && key in item) next.push((item as Record<string, unknown>)[key]);
    }
    at = next;
  }
  return at.flatMap((v) => (Array.isArray(v) ? v : [v])).filter((v) => v !== undefined && v !== null && v !== '');
}

const DAY_MS = 86_400_000;
/** A time as epoch milliseconds: numbers below 1e11 are Unix seconds; strings are parsed as dates. */
export function instant(v: unknown): number | undefined {
  if (typeof v === 'number') return v < 1e11 ? v * 1000 : v;
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v)) {
    const t = Date.parse(v.length === 10 ? `${v}T00:00:00Z` : v);
    return Number.isNaN(t) ? undefined : t;
  }
  if (typeof v === 'string' && /^\d{1,2}\/\d{1,2}\/\d{4}$/.test(v)) {
    const [m, d, y] = v.split('/').map(Number); // Copper's MM/DD/YYYY
    return Date.UTC(y, m - 1, d);
  }
  return undefined;
}
const dateOnly = (v: unknown) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);

const norm = (v: unknown, caseSensitive?: boolean) => (typeof v === 'string' && !caseSensitive ? v.toLowerCase() : String(v));

function compare(have: unknown, want: unknown, bound: 'min' | 'max'): boolean {
  if (typeof have === 'number' && typeof want === 'number' && have >= 1e11 === want >= 1e11)
    return bound === 'min' ? have >= want : have <= want;
  const h = instant(have);
  let w = instant(want);
  if (h === undefined || w === undefined) {
    if (typeof have === 'number' && typeof want === 'number') return bound === 'min' ? have >= want : have <= want;
    return false;
  }
  if (bound === 'max' && dateOnly(want)) w += DAY_MS - 1; // a date-only upper bound covers its whole day
  return bound === 'min' ? h >= w : h <= w;
}

/** The value a filter takes when the argument is absent, or undefined when it then filters nothing. */
function defaulted(spec: FilterSpec, now: Date): unknown {
  if (spec.default !== 'today') return spec.default;
  const day = now.toISOString().slice(0, 10);
  return day;
}

/** The record fields a filter tests for this call. */
export function filterFields(arg: string, spec: FilterSpec, args: Record<string, unknown> = {}): string[] {
  const chosen = spec.fieldFrom ? spec.fieldFrom.fields[String(fieldAt(args, spec.fieldFrom.arg))] : undefined;
  if (chosen) return [chosen];
  return spec.field === undefined ? [arg.split('.').pop()!] : Array.isArray(spec.field) ? spec.field : [spec.field];
}

/**
 * Equality as filters mean it: strings ignore case unless asked not to; an object value (Copper's
 * `parent: {id, type}`) matches a record object that has each of its fields.
 */
export function same(have: unknown, want: unknown, caseSensitive?: boolean): boolean {
  if (want && typeof want === 'object' && !Array.isArray(want)) {
    return (
      !!have &&
      typeof have === 'object' &&
      Object.entries(want).every(([k, v]) => same((have as Record<string, unknown>)[k], v, caseSensitive))
    );
  }
  if (have && typeof have === 'object') return false;
  return norm(have, caseSensitive) === norm(want, caseSensitive);
}

/** Does one record pass one filter? */
export function passes(record: unknown, arg: string, spec: FilterSpec, value: unknown, args: Record<string, unknown> = {}): boolean {
  if (spec.match === 'shape') return true;
  const fields = filterFields(arg, spec, args);
  const have = fields.flatMap((f) => valuesAt(record, f));
  const cs = spec.caseSensitive;
  const given = Array.isArray(value) ? value : [value];
  if (spec.none !== undefined && given.some((v) => v === spec.none) && have.length === 0) return true;
  const list = spec.values ? given.map((v) => spec.values![String(v)] ?? v) : given;
  switch (spec.match) {
    case 'equals':
    case 'any':
      return list.some((w) => have.some((h) => same(h, w, cs)));
    case 'all':
      return list.every((w) => have.some((h) => same(h, w, cs)));
    case 'contains':
      return have.some((h) => norm(h, cs).includes(norm(value, cs)));
    case 'prefix':
      return have.some((h) => norm(h, cs).startsWith(norm(value, cs)));
    case 'min':
    case 'max':
      return have.some((h) => compare(h, value, spec.match as 'min' | 'max'));
    case 'present':
      return have.length > 0 === (value === true || value === 'true');
    case 'include':
      return value === true || value === 'true' || !have.some((h) => h === true || h === 'true');
  }
}

/** The records a list call returns: every declared filter applied, then the declared order. */
export function applyListSemantics(decl: ToolDeclaration, records: any[], args: Record<string, unknown>, now = new Date()): any[] {
  let out = records;
  for (const [arg, spec] of Object.entries(decl.filters ?? {})) {
    let value = fieldAt(args, arg);
    const given = value !== undefined && value !== null;
    if (!given) value = spec.match === 'include' ? false : defaulted(spec, now);
    if (value === undefined) continue;
    out = out.filter((r) => passes(r, arg, spec, value, args));
  }
  return decl.sort ? sortRecords(out, decl.sort, args) : out;
}

/** The field and direction a call's sort arguments ask for, or undefined for the API's own order. */
export function sortOrder(spec: SortSpec, args: Record<string, unknown>): { field: string; desc: boolean } | undefined {
  let raw = args[spec.arg];
  if (raw === undefined) return undefined;
  let dir: unknown = spec.directionArg ? args[spec.directionArg] : undefined;
  if (spec.objectKeys && raw && typeof raw === 'object') {
    dir = (raw as Record<string, unknown>)[spec.objectKeys.direction];
    raw = (raw as Record<string, unknown>)[spec.objectKeys.field];
  }
  if (raw === undefined) return undefined;
  const mapped = spec.values?.[String(raw)] ?? String(raw);
  const field = typeof mapped === 'string' ? mapped : mapped.field;
  const desc = dir !== undefined ? String(dir).toLowerCase() === 'desc' : typeof mapped === 'object' && !!mapped.desc;
  return { field, desc };
}

export function sortRecords(records: any[], spec: SortSpec, args: Record<string, unknown>): any[] {
  const order = sortOrder(spec, args);
  if (!order) return records;
  const key = (r: unknown) => {
    const v = valuesAt(r, order.field)[0];
    const t = typeof v === 'string' ? instant(v) : undefined;
    return t ?? (typeof v === 'string' ? v.toLowerCase() : v);
  };
  const dir = order.desc ? -1 : 1;
  // Records without the field go last whatever the direction, as databases usually put NULLs.
  return [...records].sort((a, b) => {
    const x = key(a) as any;
    const y = key(b) as any;
    if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1;
    return x > y ? dir : x < y ? -dir : 0;
  });
}
