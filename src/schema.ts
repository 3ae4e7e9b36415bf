// A tool's arguments, both ways: the JSON Schema tools/list shows (converted once, tidied for tokens,
// filter meanings spelled out), and the validation a call gets — strict, so an argument the tool does
// not take is an error that names it and suggests the nearest known one, never silently dropped.
import { z } from 'zod';
import type { FilterSpec } from './declaration.js';
import { fieldAt } from './pagination.js';

/** Arguments nested deeper than this are refused before anything is sent (free-form fields included). */
export const MAX_ARGUMENT_DEPTH = 32;

export interface SchemaOptions {
  /** The tool's name, for messages. */
  tool: string;
  /** Filter meanings by argument name: each adds a short phrase to the listed description. */
  filters?: Record<string, FilterSpec>;
  /** Path parameters: refused when empty, `.`, `..` or holding a slash. */
  pathParams?: string[];
  /** When the server handles `fields` itself: the item fields it may name. */
  itemFields?: string[];
  /** Deepest nesting taken (default MAX_ARGUMENT_DEPTH; a wrapper of another tool's arguments adds its own level). */
  maxDepth?: number;
}

export type Validation = { ok: true; value: Record<string, unknown> } | { ok: false; message: string };

export interface ToolSchema {
  readonly zod: z.ZodObject<z.ZodRawShape>;
  validate(args: unknown): Validation;
}

/** Strict validation of a tool's arguments (its listed JSON Schema comes from its entry: listedSchema). */
export function toolSchema(schema: z.ZodObject<z.ZodRawShape>, opts: SchemaOptions): ToolSchema {
  return { zod: schema, validate: (args) => validate(schema, opts, args) };
}

// ---------------------------------------------------------------------------------------------
// Listing

export function listedSchema(schema: z.ZodObject<z.ZodRawShape>, opts: SchemaOptions): Record<string, unknown> {
  const { $schema: _drop, ...json } = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  const out = tidy(json) as Record<string, unknown>;
  for (const [arg, spec] of Object.entries(opts.filters ?? {})) {
    const p = propertyAt(out, arg);
    if (!p) continue;
    const phrase = filterPhrase(spec, p);
    if (phrase) p.description = p.description ? `${p.description} (${phrase})` : phrase;
  }
  return out;
}

/** The listed sub-schema of an argument, by name or dotted path into object arguments. */
function propertyAt(schema: Record<string, unknown>, path: string): Record<string, unknown> | undefined {
  let at: Record<string, unknown> | undefined = schema;
  for (const key of path.split('.')) at = (at?.properties as Record<string, Record<string, unknown>> | undefined)?.[key];
  return at;
}

/** How a filter matches, in a few words for the listed description. */
export function filterPhrase(spec: FilterSpec, prop: Record<string, unknown>): string {
  const anyCase = spec.caseSensitive ? 'case-sensitive' : 'any case';
  const isText = prop.type === 'string' || (prop.items as { type?: string } | undefined)?.type === 'string';
  const parts: string[] = [];
  switch (spec.match) {
    case 'equals':
      if (isText) parts.push(`exact, ${anyCase}`);
      break;
    case 'any':
      parts.push(isText ? `any of, exact, ${anyCase}` : 'any of');
      break;
    case 'all':
      parts.push(isText ? `all of, exact, ${anyCase}` : 'all of');
      break;
    case 'contains':
      parts.push(`partial, ${anyCase}`);
      break;
    case 'prefix':
      parts.push(`starts with, ${anyCase}`);
      break;
    case 'min':
      parts.push('from, inclusive');
      break;
    case 'max':
      parts.push('to, inclusive');
      break;
    case 'present':
      parts.push('true: has one; false: has none');
      break;
    case 'include':
      parts.push('default false');
      break;
    case 'shape':
      break;
  }
  if (spec.none !== undefined) parts.push(`${spec.none} = none`);
  if (spec.default !== undefined) parts.push(`default ${spec.default}`);
  return parts.join('; ');
}

/**
 * Removes what zod's JSON Schema says that a model does not need and pays for in tokens: the ±2^53
 * bounds of every integer, a format's regex beside the format itself, string-typed propertyNames,
 * an empty `additionalProperties` (the default anyway), at-least-one bounds, and `anyOf [X, null]`
 * where a type list says the same. Validation still runs on the full zod schema.
 */
function tidy(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(tidy);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) out[k] = tidy(v);
  if (Math.abs(out.minimum as number) === Number.MAX_SAFE_INTEGER) delete out.minimum;
  if (Math.abs(out.maximum as number) === Number.MAX_SAFE_INTEGER) delete out.maximum;
  if (out.format !== undefined) delete out.pattern;
  if ((out.propertyNames as { type?: string } | undefined)?.type === 'string' && Object.keys(out.propertyNames as object).length === 1)
    delete out.propertyNames; // JSON keys are strings
  if (isEmptyObject(out.additionalProperties)) delete out.additionalProperties;
  // "At least one" bounds (positive sizes, non-empty names and lists) are what a model assumes anyway;
  // validation still refuses a 0, '' or [] with a message that says so.
  if (out.minimum === 1 && out.type === 'integer') delete out.minimum;
  if (out.minLength === 1) delete out.minLength;
  if (out.minItems === 1) delete out.minItems;
  const any = out.anyOf as Record<string, unknown>[] | undefined;
  // A union of bare types (string | number | boolean…, and at most one array of something) says the
  // same as a type list, for fewer tokens: `items` applies to the array type only.
  const bare = (a: Record<string, unknown>) => Object.keys(a).length === 1 && typeof a.type === 'string';
  const arrays = any?.filter((a) => a.type === 'array' && Object.keys(a).every((k) => k === 'type' || k === 'items')) ?? [];
  if (any && any.length > 1 && arrays.length <= 1 && any.every((a) => bare(a) || arrays.includes(a))) {
    delete out.anyOf;
    return { type: [...new Set(any.map((a) => a.type as string))], ...(arrays[0]?.items ? { items: arrays[0].items } : {}), ...out };
  }
  if (any?.length === 2) {
    const nul = any.findIndex((a) => a.type === 'null' && Object.keys(a).length === 1);
    const other = any[1 - nul];
    if (nul >= 0 && typeof other.type === 'string') {
      delete out.anyOf;
      return { ...other, ...out, type: [other.type, 'null'] };
    }
  }
  return out;
}

const isEmptyObject = (v: unknown) => !!v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0;

// ---------------------------------------------------------------------------------------------
// Validation

function validate(schema: z.ZodObject<z.ZodRawShape>, opts: SchemaOptions, args: unknown): Validation {
  const fail = (message: string): Validation => ({
    ok: false,
    message: `${message}${/[.?!]$/.test(message) ? '' : '.'} Nothing was sent.`,
  });
  const input = args ?? {};
  if (typeof input !== 'object' || Array.isArray(input)) return fail(`the arguments of ${opts.tool} must be a JSON object`);
  const maxDepth = opts.maxDepth ?? MAX_ARGUMENT_DEPTH;
  if (nestsDeeper(input, maxDepth))
    return fail(`the arguments of ${opts.tool} are nested deeper than ${maxDepth} levels, which no tool takes`);

  const unknown = unknownKeys(schema, input, []);
  if (unknown.length) return fail(unknown.map((u) => unknownText(u, opts.tool)).join('; '));

  const parsed = schema.safeParse(input, { reportInput: true });
  if (!parsed.success) return fail(`invalid arguments for ${opts.tool}: ${parsed.error.issues.map(issueText).join('; ')}`);
  const value = parsed.data as Record<string, unknown>;

  const problems: string[] = [];
  for (const p of opts.pathParams ?? []) {
    const v = value[p];
    if (typeof v === 'string' && reshapesPath(v)) {
      problems.push(
        `"${p}" cannot be ${v.trim() === '' ? 'empty' : JSON.stringify(v)}: an id names one record and cannot change the request path`,
      );
    }
  }
  for (const [arg, spec] of Object.entries(opts.filters ?? {})) {
    const given = fieldAt(value, arg);
    if ((spec.match === 'any' || spec.match === 'all') && Array.isArray(given) && given.length === 0) {
      problems.push(`"${arg}" is an empty list, which would match nothing; leave it out not to filter by it`);
    }
  }
  if (opts.itemFields && Array.isArray(value.fields)) {
    for (const f of value.fields as string[]) {
      if (!opts.itemFields.includes(f)) problems.push(`unknown field "${f}" in fields for ${opts.tool}; ${suggestion(f, opts.itemFields)}`);
    }
  }
  if (problems.length) return fail(problems.join('; '));
  return { ok: true, value };
}

/**
 * Whether a path id could change the request path's shape at the upstream or anything before it:
 * empty or blank; a dot segment (`.`, `..`, also padded with blanks); a slash or backslash; a
 * percent-encoded character (`%2F`, `%2e%2e`: a proxy or framework that decodes once more would see
 * them); a control character (C0, DEL, C1: NUL truncation, CR/LF splitting); or any of these after
 * Unicode compatibility normalisation (fullwidth `．．`, `／`, `＼` that an NFKC-normalising server folds).
 * An id is sent percent-encoded whole, so nothing else can reach the path as structure.
 */
export function reshapesPath(id: string): boolean {
  for (const v of new Set([id, id.normalize('NFKC')])) {
    const t = v.trim();
    if (t === '' || /^\.{1,2}$/.test(t)) return true;
    if (/[/\\]/.test(v)) return true;
    if (/%[0-9a-fA-F]{2}/.test(v)) return true;
    for (let i = 0; i < v.length; i++) {
      const c = v.charCodeAt(i);
      if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return true;
    }
  }
  return false;
}

/** Whether a JSON value nests deeper than `max` (iterative: a hostile nesting cannot overflow the stack while being measured). */
export function nestsDeeper(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth > max) return true;
    for (const child of Object.values(v)) if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return false;
}

type Unknown = { path: (string | number)[]; key: string; known: string[] };

/** Keys the schema does not take, at the top level and inside nested objects (zod would drop them silently). */
function unknownKeys(schema: z.ZodType, value: unknown, path: (string | number)[]): Unknown[] {
  // zod 4's schema definitions are internal and differently shaped per kind: read loosely.
  // biome-ignore lint/suspicious/noExplicitAny: see above
  const def = (schema as { _zod: { def: Record<string, any> } })._zod.def;
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
    case 'nonoptional':
    case 'catch':
    case 'prefault':
      return unknownKeys(def.innerType, value, path);
    case 'pipe':
      return unknownKeys(def.in, value, path);
    case 'array':
      return Array.isArray(value) ? value.flatMap((v, i) => unknownKeys(def.element, v, [...path, i])) : [];
    case 'object': {
      if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
      const shape = def.shape as Record<string, z.ZodType>;
      const open = def.catchall && def.catchall._zod.def.type !== 'never';
      const out: Unknown[] = [];
      for (const [k, v] of Object.entries(value)) {
        if (Object.hasOwn(shape, k)) out.push(...unknownKeys(shape[k], v, [...path, k]));
        else if (!open) out.push({ path, key: k, known: Object.keys(shape) });
      }
      return out;
    }
    default:
      return [];
  }
}

function unknownText(u: Unknown, tool: string): string {
  const where = u.path.length ? ` in ${u.path.join('.')}` : '';
  return `unknown argument "${u.key}"${where} for ${tool}; ${suggestion(u.key, u.known)}`;
}

/** "did you mean …?" for the nearest known name, else the names there are. */
export function suggestion(wrong: string, known: string[]): string {
  const near = nearest(wrong, known);
  if (near) return `did you mean "${near}"?`;
  return known.length ? `it takes: ${known.join(', ')}` : 'it takes no arguments';
}

export function nearest(wrong: string, known: string[]): string | undefined {
  const w = wrong.toLowerCase();
  let best: { name: string; score: number } | undefined;
  for (const name of known) {
    const n = name.toLowerCase();
    let score = levenshtein(w, n);
    // A known name that contains the wrong one (stage_id → pipeline_stage_id) is close, closer than
    // a short known name the wrong one happens to contain (stage_id ⊃ id).
    if (w.length >= 3 && n.includes(w)) score = Math.min(score, 0.5 + (n.length - w.length) / 20);
    else if (n.length >= 3 && w.includes(n)) score = Math.min(score, 1 + (w.length - n.length) / 10);
    if (!best || score < best.score) best = { name, score };
  }
  return best && best.score <= Math.max(2, Math.floor(w.length / 3)) ? best.name : undefined;
}

function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

function issueText(issue: z.core.$ZodIssue): string {
  const at = issue.path.length ? issue.path.join('.') : '';
  if (issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined && at) return `missing required argument "${at}"`;
  return at ? `${at}: ${issue.message}` : issue.message;
}
