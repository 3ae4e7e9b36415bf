// Paging arithmetic shared by every API: which arguments a page takes, where items and totals sit
// in a response, whether more follows, and how to phrase "the next page" as tool arguments.
import type { PaginationSpec } from './declaration.js';

export type Page = { items: unknown[]; total?: number; more: boolean; cursor?: string };

/** A response field by name, or by a dotted path into nested objects (`data.articles`). */
export function fieldAt(obj: Record<string, unknown>, path: string): unknown {
  if (path in obj) return obj[path];
  let at: unknown = obj;
  for (const key of path.split('.'))
    at = at && typeof at === 'object' && !Array.isArray(at) ? (at as Record<string, unknown>)[key] : undefined;
  return at;
}

const hasField = (obj: Record<string, unknown>, path: string): boolean => {
  const dot = path.lastIndexOf('.');
  if (path in obj || dot < 0) return path in obj;
  const parent = fieldAt(obj, path.slice(0, dot));
  return !!parent && typeof parent === 'object' && path.slice(dot + 1) in parent;
};

/** Sets a field by name or dotted path, creating the objects on the way (the emulator's envelopes). */
export function setField(obj: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let at = obj;
  for (const key of keys.slice(0, -1)) at = (at[key] ??= {}) as Record<string, unknown>;
  at[keys[keys.length - 1]] = value;
}

export function readPage(spec: PaginationSpec, body: unknown, headers: Record<string, string>, requestedSize: number | undefined): Page {
  const envelope = body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined;
  let items: unknown[];
  if (Array.isArray(body)) items = body;
  else if (envelope && spec.itemsField) {
    const found = fieldAt(envelope, spec.itemsField);
    // A record where a list was expected is a shape this declaration does not know: say so rather
    // than answer with an empty list. `data: null` or an absent field is an empty page.
    if (found !== null && found !== undefined && !Array.isArray(found)) {
      const what = typeof found === 'object' ? `an object with keys ${Object.keys(found).slice(0, 10).join(', ')}` : `a ${typeof found}`;
      throw new Error(`expected a list at "${spec.itemsField}" in the response, found ${what}`);
    }
    items = (found as unknown[] | null | undefined) ?? [];
  } else items = [];
  let total: number | undefined;
  if (spec.totalHeader && headers[spec.totalHeader] !== undefined) total = Number(headers[spec.totalHeader]);
  const totalValue = spec.totalField && envelope ? fieldAt(envelope, spec.totalField) : undefined;
  if (typeof totalValue === 'number') total = totalValue;
  if (total !== undefined && !Number.isFinite(total)) total = undefined;

  let more: boolean;
  let cursor: string | undefined;
  if (spec.style === 'none') more = false;
  else if (spec.style === 'cursor' || spec.style === 'link') {
    const token = envelope && spec.cursorField ? fieldAt(envelope, spec.cursorField) : undefined;
    cursor = typeof token === 'string' && token !== '' ? token : undefined;
    // A link's query string is the position; its host and path are never followed (the tool's own
    // path and the configured base URL are).
    if (cursor !== undefined && spec.style === 'link') cursor = new URL(cursor, 'http://link.invalid').search.slice(1) || undefined;
    more = cursor !== undefined && items.length > 0;
  } else if (spec.endField && envelope && hasField(envelope, spec.endField)) {
    const end = fieldAt(envelope, spec.endField);
    more = end !== null && end !== undefined && items.length > 0;
  } else {
    // A short or empty page is the last one (Copper: "page until a short page").
    more = items.length > 0 && (requestedSize === undefined || items.length >= requestedSize);
  }
  return { items, total, more, cursor };
}

/** The page size a call asked for, or the API default. */
export const sizeOf = (spec: PaginationSpec, args: Record<string, unknown>): number | undefined =>
  spec.sizeParam && typeof args[spec.sizeParam] === 'number' ? (args[spec.sizeParam] as number) : spec.defaultSize;

/** Absolute index of the first item the arguments ask for (page and offset styles). */
export function startIndex(spec: PaginationSpec, args: Record<string, unknown>): number {
  if (spec.style === 'offset') return Number(args[spec.offsetParam!] ?? 0);
  if (spec.style === 'page') {
    const first = spec.firstPage ?? 1;
    const page = Number(args[spec.pageParam!] ?? first);
    return (page - first) * (sizeOf(spec, args) ?? 0);
  }
  return 0;
}

/** Arguments that fetch `size` items starting at absolute index `start` (page and offset styles). */
export function argsAt(spec: PaginationSpec, base: Record<string, unknown>, start: number, size: number): Record<string, unknown> {
  const out = { ...base };
  if (spec.sizeParam) out[spec.sizeParam] = size;
  if (spec.style === 'offset') out[spec.offsetParam!] = start;
  if (spec.style === 'page') out[spec.pageParam!] = (spec.firstPage ?? 1) + start / size;
  return out;
}

/** The first index of the `size`-item page that holds absolute index `start` (a walk fetches whole pages). */
export const alignedStart = (start: number, size: number): number => (size > 0 ? Math.floor(start / size) * size : start);

/** The largest divisor of `n` that is at most `cap` (`cap` itself for 0): page sizes that keep a page boundary at `n`. */
export function largestDivisorAtMost(n: number, cap: number): number {
  if (n === 0) return cap;
  let best = 1;
  for (let d = 1; d * d <= n; d++) {
    if (n % d !== 0) continue;
    if (d <= cap && d > best) best = d;
    const q = n / d;
    if (q <= cap && q > best) best = q;
  }
  return best;
}

/**
 * Page-number APIs can only continue at a multiple of the page size. Given that items from absolute
 * index `start` are returned, at most `want` of them, choose how many to return (`count`) and a page
 * size (`size`) whose page boundary falls exactly after them, so `next` resumes with nothing skipped.
 */
export function alignPage(start: number, want: number, maxSize: number): { count: number; size: number } {
  let best = { count: want, size: 0 };
  for (let count = want; count >= 1 && count > want - maxSize; count--) {
    const size = largestDivisorAtMost(start + count, maxSize);
    if (size >= Math.min(50, maxSize, count)) return { count, size };
    if (size > best.size) best = { count, size };
  }
  return best;
}
