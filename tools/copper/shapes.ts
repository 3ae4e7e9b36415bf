// Argument shapes shared by several Copper declarations, said once. Field descriptions are short on
// purpose: every word here is paid for in tokens on every tools/list.
import { z } from 'zod';
import type { FilterSpec, SortSpec } from '../../src/declaration.js';

export const id = (what: string) => z.number().int().describe(`${what} id`);
const category = z.string().optional();
export const emails = z.array(z.object({ email: z.string().email(), category })).describe('category: work|personal|other');
export const phoneNumbers = z.array(z.object({ number: z.string(), category })).describe('category: work|mobile|home|other');
export const address = z
  .object({ street: z.string(), city: z.string(), state: z.string(), postal_code: z.string(), country: z.string() })
  .partial()
  .describe('Postal address');
export const websites = z.array(z.object({ url: z.string(), category })).describe('Websites');
export const tags = z.array(z.string()).describe('Tags');
const scalar = z.union([z.string(), z.number(), z.boolean()]);
/** A value is a number, text, option id, option-id list or date; null clears it (catalog §3.10). */
export const customFields = z
  .array(
    z.object({
      custom_field_definition_id: z.number().int(),
      value: z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(scalar)]),
    }),
  )
  .describe('Custom field values');
/** custom_fields on tools other than copper_create_person: listed as plain objects, checked against the full shape. */
export const customFieldsRef = z
  .array(z.record(z.string(), z.unknown()))
  .describe('As in copper_create_person')
  .superRefine((v, ctx) => checkStrict(customFields, v, ctx, []));
export const details = z.string().describe('Description');
export const assigneeId = z.number().int().describe('Owner id');
/** A record the Related Items API and activities point at. */
export const recordType = z.enum(['lead', 'person', 'company', 'opportunity', 'project', 'task']);

// Search filters.
export const ids = (what: string) => z.array(z.number().int()).describe(`${what} ids`);
export const idList = (what: string) => z.array(z.number().int()).describe(`${what} ids`);
export const anyTags = z.array(z.string()).describe('Tags');
export const sortArgs = (...fields: [string, ...string[]]) => ({
  sort_by: z.enum(fields).describe('Sort field').optional(),
  sort_direction: z.enum(['asc', 'desc']).describe('Sort direction').optional(),
});
/** The SortSpec for Copper's sort_by/sort_direction; `values` maps sort names to record fields where they differ. */
export const sortSpec = (values?: SortSpec['values']): SortSpec => ({ arg: 'sort_by', directionArg: 'sort_direction', values });
const unix = (what: string) => z.number().int().describe(`${what}, Unix s`);
const num = (what: string) => z.number().describe(what);
export const dateRange = (prefix: string, what: string) => ({
  [`minimum_${prefix}_date`]: unix(what).optional(),
  [`maximum_${prefix}_date`]: unix(what).optional(),
});
export const numRange = (prefix: string, what: string) => ({
  [`minimum_${prefix}`]: num(what).optional(),
  [`maximum_${prefix}`]: num(what).optional(),
});
/** FilterSpecs for a minimum_/maximum_ pair on one record field. */
export const rangeSpec = (arg: string, field: string): Record<string, FilterSpec> => ({
  [`minimum_${arg}`]: { match: 'min', field },
  [`maximum_${arg}`]: { match: 'max', field },
});
/** An id-list filter on a record field; `none: -2` where Copper documents -2 as "has none". */
export const anyOf = (field: string, none?: boolean): FilterSpec => (none ? { match: 'any', field, none: -2 } : { match: 'any', field });

/** An update takes the create tool's fields, all optional, listed with the create tool's descriptions. */
export const optionalAll = <T extends z.ZodRawShape>(fields: T) =>
  Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, (v as z.ZodType).optional()])) as unknown as {
    [K in keyof T]: z.ZodOptional<T[K]>;
  };

/** A bulk request: 1–10 items of a single create's (or update's) shape under one body key (catalog §5). */
export const bulkItems = <T extends z.ZodRawShape>(fields: T, what: string) =>
  z.array(z.object(fields)).min(1).max(10).describe(`1-10 ${what}`);

// ---------------------------------------------------------------------------------------------
// Compact listing with strict validation. Nested fields an agent already sees spelled out on the
// create tool are listed on updates and bulk calls as plain objects ("as in copper_create_x"), and
// validated here against the create tool's full schema, unknown keys included — the listed schema
// stays short and nothing is accepted that the create tool would refuse.

const freeObject = z.record(z.string(), z.unknown());
type Def = {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
};
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Keys the schema does not take, as dotted paths (zod itself would drop them silently). */
export function extraKeys(schema: z.ZodType, value: unknown, path: (string | number)[] = []): (string | number)[][] {
  const def = defOf(schema);
  if (def.innerType) return extraKeys(def.innerType, value, path);
  if (def.type === 'pipe' && def.in) return extraKeys(def.in, value, path);
  if (def.type === 'array' && def.element && Array.isArray(value)) return value.flatMap((v, i) => extraKeys(def.element!, v, [...path, i]));
  if (def.type !== 'object' || !value || typeof value !== 'object' || Array.isArray(value)) return [];
  const shape = def.shape ?? {};
  return Object.entries(value).flatMap(([k, v]) => (k in shape ? extraKeys(shape[k], v, [...path, k]) : [[...path, k]]));
}

/** Validates `value` strictly against `schema`, reporting problems on `ctx` under `path`. */
export function checkStrict(schema: z.ZodType, value: unknown, ctx: z.RefinementCtx, path: (string | number)[]) {
  for (const p of extraKeys(schema, value)) ctx.addIssue({ code: 'custom', path: [...path, ...p], message: `unknown field "${p.at(-1)}"` });
  const r = schema.safeParse(value);
  if (!r.success)
    for (const i of r.error.issues)
      ctx.addIssue({ code: 'custom', path: [...path, ...i.path.map((x) => x as string | number)], message: i.message });
}

type Entries = { entries?: Record<string, unknown> };
/** A long enum (more than four values) is listed on updates as plain text pointing to the create tool. */
const isLongEnum = (s: z.ZodType) => {
  const d = defOf(s) as Def & Entries;
  return d.type === 'enum' && Object.keys(d.entries ?? {}).length > 4;
};
const isComplex = (s: z.ZodType): 'object' | 'array' | 'text' | 'texts' | undefined => {
  let d = defOf(s);
  while (d.innerType) d = defOf(d.innerType);
  if (d.type === 'object' || d.type === 'record') return 'object';
  if (d.type === 'array' && d.element && ['object', 'record', 'union'].includes(defOf(d.element).type)) return 'array';
  if (isLongEnum(s)) return 'text';
  if (d.type === 'array' && d.element && isLongEnum(d.element)) return 'texts';
  return undefined;
};

/**
 * An update's input: `base` (id…) plus every create field, optional. Scalars keep their own schema;
 * objects and lists of objects are listed as plain objects pointing to `createTool` and checked
 * against the full schema.
 */
export function updateShape<T extends z.ZodRawShape>(base: z.ZodRawShape, fields: T, createTool: string) {
  const listed: Record<string, z.ZodType> = { ...(base as Record<string, z.ZodType>) };
  const full: Record<string, z.ZodType> = {};
  for (const [k, v] of Object.entries(fields) as [string, z.ZodType][]) {
    const kind = isComplex(v);
    if (!kind) {
      listed[k] = v.optional();
      continue;
    }
    full[k] = v;
    const loose = { array: z.array(freeObject), object: freeObject, text: z.string(), texts: z.array(z.string()) }[kind];
    listed[k] = loose.describe(`As in ${createTool}`).optional();
  }
  return z.object(listed).superRefine((a: Record<string, unknown>, ctx) => {
    for (const [k, s] of Object.entries(full)) if (a[k] !== undefined) checkStrict(s, a[k], ctx, [k]);
  });
}

/** A bulk body list: 1–10 items, listed as plain objects and each checked against the single call's schema. */
export const bulkList = (key: string, item: z.ZodObject<z.ZodRawShape>, single: string) =>
  z
    .array(freeObject)
    .min(1)
    .max(10)
    .describe(`1-10 ${key}, each as in ${single}`)
    .superRefine((items, ctx) => {
      for (const [i, it] of items.entries()) checkStrict(item, it, ctx, [i]);
    });
