// From settings and declarations to the prepared set of tools: which toolsets have credentials,
// which tools survive --toolsets/--tools/--exclude-tools/--read-only, and for each its schema,
// annotations and executable form. All of it is done once at start-up; serving only binds it.
import { z } from 'zod';
import { ConfigError, parseRate, type Settings } from './config.js';
import type { ApiDefinition, PaginationSpec, ToolDeclaration } from './declaration.js';
import type { ExecutableTool } from './executor.js';
import { accountKey, chain, limiterStore, type Limiter } from './limiter.js';
import { sandboxBaseUrl, sandboxCredentials } from './sandbox/index.js';
import { Upstream } from './upstream.js';
import { loadPolicy, Policy } from './policy.js';
import type { Toolset } from '../tools/index.js';

export interface ApiRuntime {
  def: ApiDefinition;
  upstream: Upstream;
  /** The credential values in use (secrets among them are redacted from every output). */
  secrets: string[];
}

export interface PreparedTool {
  name: string;
  config: {
    title: string;
    description: string;
    inputSchema: z.ZodObject<z.ZodRawShape>;
    annotations: { readOnlyHint: boolean; destructiveHint: boolean; idempotentHint: boolean; openWorldHint: boolean };
  };
  exec: ExecutableTool;
}

export interface Catalog {
  apis: ApiRuntime[];
  tools: PreparedTool[];
  policy: Policy;
  secrets: string[];
  close(): Promise<void>;
}

/** Which credential option of an API is fully set; a half-set option is a configuration error. */
export function resolveCredentials(api: ApiDefinition, env: Record<string, string>): Record<string, string> | undefined {
  for (const option of api.credentials) {
    const set = option.env.filter((n) => env[n] !== undefined);
    if (set.length === option.env.length) return Object.fromEntries(option.env.map((n) => [n, env[n]]));
    if (set.length > 0) {
      const missing = option.env.filter((n) => env[n] === undefined);
      throw new ConfigError(`${set.join(' and ')} ${set.length > 1 ? 'are' : 'is'} set but ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not: ${api.title} needs both`);
    }
  }
  return undefined;
}

/**
 * Which tools a selection lets through — the settings at start-up, or a connection's narrowing,
 * which can only remove (it is applied to what the settings already selected).
 */
export interface Selection {
  readOnly?: boolean;
  toolsets?: string[];
  tools?: string[];
  excludeTools?: string[];
  /** A profile of the policy file: levels are the lower of the base policy and the profile. */
  policyProfile?: string;
}

export const selects = (s: Selection, policy: Policy, apiId: string, d: ToolDeclaration): boolean =>
  (!s.readOnly || d.access === 'read') && // read-only's first lock: write tools are not even registered
  (s.toolsets === undefined || s.toolsets.includes(apiId)) &&
  (s.tools === undefined || s.tools.includes(d.name)) &&
  !(s.excludeTools ?? []).includes(d.name) &&
  policy.decide(apiId, d.resource, d.access, s.policyProfile).allowed;

const credentialHelp = (api: ApiDefinition) => api.credentials.map((o) => o.env.join(' + ')).join(' or ');

export function buildCatalog(settings: Settings, toolsets: Toolset[]): Catalog {
  const known = new Map(toolsets.map((t) => [t.api.id, t]));
  for (const name of settings.toolsets ?? []) {
    if (!known.has(name)) throw new ConfigError(`SWITCHBOARD_TOOLSETS (--toolsets) names an unknown toolset "${name}"; known: ${[...known.keys()].join(', ')}`);
  }
  const allTools = new Map(toolsets.flatMap((t) => t.tools.map((d) => [d.name, t.api.id] as const)));
  for (const [setting, names] of [['SWITCHBOARD_TOOLS (--tools)', settings.tools ?? []], ['SWITCHBOARD_EXCLUDE_TOOLS (--exclude-tools)', settings.excludeTools]] as const) {
    for (const n of names) if (!allTools.has(n)) throw new ConfigError(`${setting} names an unknown tool "${n}"`);
  }

  const resources = Object.fromEntries(toolsets.map((t) => [t.api.id, [...new Set(t.tools.map((d) => d.resource))]]));
  const policy = settings.policyFile ? loadPolicy(settings.policyFile, resources) : Policy.allowAll();
  const apis: ApiRuntime[] = [];
  const tools: PreparedTool[] = [];
  const missing: string[] = [];
  for (const { api, tools: decls } of toolsets) {
    const wanted = settings.toolsets === undefined || settings.toolsets.includes(api.id);
    const creds = settings.sandbox ? sandboxCredentials(api) : resolveCredentials(api, settings.env);
    if (!wanted) continue;
    if (!creds) {
      if (settings.toolsets !== undefined) throw new ConfigError(`toolset ${api.id} was asked for but its credentials are not set: ${credentialHelp(api)}`);
      missing.push(`${api.title}: ${credentialHelp(api)}`);
      continue;
    }
    const runtime = makeRuntime(api, decls, creds, settings);
    const selected = decls.filter((d) => selects(settings, policy, api.id, d));
    if (selected.length === 0) continue;
    apis.push(runtime);
    for (const d of selected) tools.push(prepareTool(d, runtime));
  }
  if (apis.length === 0) {
    if (settings.tools !== undefined) {
      const needs = settings.tools.map((n) => allTools.get(n)).filter((id, i, a) => a.indexOf(id) === i);
      throw new ConfigError(`no credentials for the toolset(s) of the requested tools (${needs.join(', ')}); set them or use --sandbox`);
    }
    if (missing.length === 0 || settings.policyFile) throw new ConfigError(`no tool is left to serve: ${settings.policyFile ? `the policy ${settings.policyFile} and ` : ''}the read-only/toolsets/tools settings exclude every tool`);
    throw new ConfigError(`no toolset has credentials; set at least one of — ${missing.join('; ')} — or run with --sandbox`);
  }
  const secrets = apis.flatMap((a) => a.secrets).concat(settings.httpToken ? [settings.httpToken] : []);
  return { apis, tools, policy, secrets, close: async () => { await Promise.all(apis.map((a) => a.upstream.close())); await limiterStore(settings).close(); } };
}

function makeRuntime(api: ApiDefinition, decls: ToolDeclaration[], creds: Record<string, string>, settings: Settings): ApiRuntime {
  const option = api.credentials.find((o) => o.env.every((n) => creds[n] !== undefined))!;
  const rate = parseRate(api.rateLimit.env, settings.env[api.rateLimit.env] ?? api.rateLimit.default);
  const configured = settings.env[api.baseUrl.env] ?? api.baseUrl.default;
  if (!settings.sandbox && !/^https?:\/\//.test(configured)) throw new ConfigError(`${api.baseUrl.env} must be an http(s) URL, got "${configured}"`);
  // One budget per upstream account: with SWITCHBOARD_REDIS_URL every replica using these
  // credentials against this base URL shares it (the key is a one-way fingerprint, never a secret).
  const store = limiterStore(settings);
  const account = accountKey(api.id, creds, settings.sandbox ? 'sandbox' : configured);
  const limiters = new Map<string, Limiter>();
  const limiter = (bucket?: string): Limiter => {
    const key = bucket ?? '';
    let l = limiters.get(key);
    if (!l) {
      // Created on first use: start-up stays free of timers and connections.
      const main = limiters.get('') ?? store.limiter(rate, { id: `${api.id}`, account });
      limiters.set('', main);
      if (bucket) {
        const spec = api.rateLimit.buckets?.[bucket];
        if (!spec) throw new Error(`${api.id} has no rate bucket "${bucket}"`);
        l = chain(store.limiter(parseRate(`${api.id} ${bucket} bucket`, spec), { id: `${api.id}-${bucket}`, account }), main);
        limiters.set(key, l);
      } else l = main;
    }
    return l;
  };
  const baseUrl = settings.sandbox ? () => sandboxBaseUrl(api, decls) : async () => configured;
  const t = settings.upstreamTimeoutMs;
  const timeouts = { connectMs: Math.min(10_000, t), headersMs: t, bodyMs: t, totalMs: t };
  const upstream = new Upstream({ api, baseUrl, authHeaders: option.headers(creds), limiter, timeouts });
  return { def: api, upstream, secrets: [...option.secret.map((n) => creds[n]), ...derivedSecrets(option, creds)] };
}

/**
 * Auth header values built from a secret (a Basic credential is the key in base64) are secrets too:
 * an upstream that echoes its Authorization header must not leak the key that way.
 */
function derivedSecrets(option: ApiDefinition['credentials'][number], creds: Record<string, string>): string[] {
  const real = option.headers(creds);
  const blank = option.headers({ ...creds, ...Object.fromEntries(option.secret.map((n) => [n, '-'])) });
  return Object.entries(real)
    .filter(([k, v]) => blank[k] !== v)
    .flatMap(([, v]) => [v, v.replace(/^(Basic|Bearer)\s+/i, '')]);
}

/** Paging arguments every list tool of an API shares, added here so declarations do not repeat them. */
function pagingShape(spec: PaginationSpec): Record<string, z.ZodType> {
  const shape: Record<string, z.ZodType> = {};
  const size = z.number().int().min(1).max(spec.maxSize ?? 1000);
  if (spec.style === 'none') return shape;
  // The position (page number, offset, cursor) is what a result's `next` carries: an agent pages by
  // passing `next` back, so the position is validated but not listed (it would cost every list tool).
  const unlisted = { 'x-listed': false };
  if (spec.style === 'page') shape[spec.pageParam!] = z.number().int().min(spec.firstPage ?? 1).describe('Page number').optional().meta(unlisted);
  if (spec.style === 'offset') shape[spec.offsetParam!] = z.number().int().min(0).describe('Offset').optional().meta(unlisted);
  if (spec.style === 'cursor') shape[spec.cursorParam!] = z.string().describe('From next').optional().meta(unlisted);
  if (spec.sizeParam) shape[spec.sizeParam] = size.describe('Page size').optional();
  shape.max_records = z.number().int().min(1).describe('Max records across pages').optional();
  shape.fields = z.array(z.string()).describe('Fields to return').optional();
  return shape;
}

export function prepareTool(d: ToolDeclaration, api: ApiRuntime): PreparedTool {
  const pagination = d.list ? { ...api.def.pagination, ...(d.list === true ? {} : d.list) } : undefined;
  const extra = pagination ? pagingShape(pagination) : {};
  for (const k of Object.keys(d.input.shape)) delete extra[k]; // a declaration's own field wins
  const inputSchema = Object.keys(extra).length ? d.input.extend(extra) : d.input;
  const idempotent = d.idempotent ?? (d.access === 'read' || d.method === 'PUT' || d.method === 'DELETE');
  return {
    name: d.name,
    config: {
      title: d.title,
      description: d.description,
      inputSchema: withCachedJsonSchema(inputSchema, d.name),
      annotations: {
        readOnlyHint: d.access === 'read',
        destructiveHint: d.access === 'destructive',
        idempotentHint: idempotent,
        openWorldHint: true,
      },
    },
    exec: {
      decl: d,
      api,
      pagination,
      pathParams: [...d.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]),
      idempotent,
    },
  };
}

/**
 * JSON Schemas converted at build time (scripts/build.mjs embeds them, keyed by conversion options
 * and tool name): a cold start answers tools/list without converting every zod schema. Absent when
 * running from source.
 */
declare const __PREBUILT_SCHEMAS__: string | undefined;
let prebuilt: Record<string, Record<string, Record<string, unknown>>> | undefined;
const prebuiltSchema = (key: string, name: string) => {
  if (typeof __PREBUILT_SCHEMAS__ === 'undefined') return undefined;
  prebuilt ??= JSON.parse(__PREBUILT_SCHEMAS__);
  return prebuilt![key]?.[name];
};

/**
 * The SDK converts a tool's zod schema to JSON Schema on every tools/list. Converting once per
 * process (with zod's own converter, which the SDK calls) keeps per-request servers cheap; the
 * `$schema` line it adds is dropped because it costs ~17 tokens per tool and tells a model nothing.
 */
function withCachedJsonSchema<T extends z.ZodObject<z.ZodRawShape>>(schema: T, name: string): T {
  const std = schema['~standard'] as unknown as { jsonSchema: { input: (o: unknown) => Record<string, unknown>; output: (o: unknown) => Record<string, unknown> } };
  const cache = new Map<string, Record<string, unknown>>();
  const convert = (io: 'input' | 'output') => (opts: unknown) => {
    const key = `${io}:${JSON.stringify(opts)}`;
    let json = cache.get(key) ?? prebuiltSchema(key, name);
    if (!json) {
      const { $schema: _drop, ...rest } = std.jsonSchema[io](opts);
      json = tidy(rest) as Record<string, unknown>;
    }
    cache.set(key, json);
    return json;
  };
  const standard = { ...std, jsonSchema: { input: convert('input'), output: convert('output') } };
  return new Proxy(schema, { get: (target, prop, receiver) => (prop === '~standard' ? standard : Reflect.get(target, prop, receiver)) });
}

/** Every tool's listed JSON Schema as the SDK asks for it, for the build to embed. */
export function schemaTable(catalog: Catalog, opts: unknown = { target: 'draft-2020-12' }): Record<string, Record<string, unknown>> {
  const key = `input:${JSON.stringify(opts)}`;
  const table: Record<string, unknown> = {};
  for (const t of catalog.tools) table[t.name] = (t.config.inputSchema['~standard'] as unknown as { jsonSchema: { input: (o: unknown) => unknown } }).jsonSchema.input(opts);
  return { [key]: table } as Record<string, Record<string, unknown>>;
}

/**
 * Removes what zod's JSON Schema says that a model does not need and pays for in tokens: the ±2^53
 * bounds of every integer, a format's regex beside the format itself, `anyOf [X, null]` where a type
 * list says the same, and unlisted fields. Validation still runs on the full zod schema.
 */
function tidy(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(tidy);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) out[k] = tidy(v);
  if (Math.abs(out.minimum as number) === Number.MAX_SAFE_INTEGER) delete out.minimum;
  if (Math.abs(out.maximum as number) === Number.MAX_SAFE_INTEGER) delete out.maximum;
  if (out.format !== undefined) delete out.pattern;
  if ((out.propertyNames as { type?: string } | undefined)?.type === 'string' && Object.keys(out.propertyNames as object).length === 1) delete out.propertyNames; // JSON keys are strings
  // Fields marked `.meta({ 'x-listed': false })` are validated but not listed: a declaration uses it
  // where its description already points to where those fields are described (update ↔ create).
  if (out.properties && typeof out.properties === 'object') {
    const props = out.properties as Record<string, Record<string, unknown>>;
    for (const [k, v] of Object.entries(props)) if (v['x-listed'] === false) delete props[k];
    if (Array.isArray(out.required)) out.required = (out.required as string[]).filter((k) => k in props);
  }
  const any = out.anyOf as Record<string, unknown>[] | undefined;
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
