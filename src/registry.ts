// From settings and declarations to the prepared set of tools: which toolsets have credentials,
// which tools survive --toolsets/--tools/--exclude-tools/--read-only, and for each its schema,
// annotations and executable form. Selection is done once at start-up from each tool's entry (the
// table the build embeds, or computed from the declarations when running from source); a toolset's
// declarations — its zod schemas — are imported and prepared on the first call of one of its tools.
import { z } from 'zod';
import { ConfigError, parseRate, type Settings } from './config.js';
import type { Access, ApiDefinition, PaginationSpec, ToolDeclaration } from './declaration.js';
import type { AuditSubject, ExecutableTool } from './executor.js';
import { accountKey, chain, limiterStore, type Limiter } from './limiter.js';
import { sandboxBaseUrl, sandboxCredentials } from './sandbox/index.js';
import { Upstream } from './upstream.js';
import { loadPolicy, Policy } from './policy.js';
import { listedSchema, toolSchema, type ToolSchema } from './schema.js';
import type { Annotations, ApiRuntime, ToolEntry, ToolSource } from './types.js';
import type { Toolset } from '../tools/index.js';

export type { ApiRuntime, ToolEntry, ToolSource } from './types.js';

/** What a call needs of a tool: strict validation and the executable form (from its declaration). */
export interface LoadedTool {
  schema: ToolSchema;
  exec: ExecutableTool;
}

/**
 * A tool of the catalog. Listing, selection, search and refusals read only its entry; `load()` imports
 * its toolset's declarations on first use and prepares it. `schema` and `exec` are those of a loaded
 * tool (always so when running from source, where every toolset is imported up front).
 */
export interface PreparedTool {
  name: string;
  title: string;
  description: string;
  annotations: Annotations;
  access: Access;
  resource: string;
  api: ApiRuntime;
  /** The JSON Schema tools/list shows. */
  listed(): Record<string, unknown>;
  load(): Promise<LoadedTool>;
  readonly schema: ToolSchema;
  readonly exec: ExecutableTool;
}

export interface Catalog {
  apis: ApiRuntime[];
  tools: PreparedTool[];
  /** Every tool any toolset declares, served here or not: a refusal can then say why, not "not found". */
  known: Map<string, AuditSubject>;
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
      throw new ConfigError(
        `${set.join(' and ')} ${set.length > 1 ? 'are' : 'is'} set but ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not: ${api.title} needs both`,
      );
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
  /** The agent of the policy file making the calls (its token over HTTP, --agent over stdio): its profile bounds everything. */
  agent?: string;
  /** Discovery mode: how the tools are offered (four meta-tools), not which; `selects` ignores it. */
  discovery?: boolean;
}

export const selects = (s: Selection, policy: Policy, apiId: string, d: Pick<ToolDeclaration, 'name' | 'access' | 'resource'>): boolean =>
  (!s.readOnly || d.access === 'read') && // read-only's first lock: write tools are not even registered
  (s.toolsets === undefined || s.toolsets.includes(apiId)) &&
  (s.tools === undefined || s.tools.includes(d.name)) &&
  !(s.excludeTools ?? []).includes(d.name) &&
  policy.decide(apiId, d.resource, d.access, s.policyProfile, s.agent).allowed;

/** The agent settings agree with the policy: --agent names one of its agents, and agents replace the shared HTTP token. */
function checkAgents(settings: Settings, policy: Policy): void {
  if (settings.agent !== undefined) {
    if (!settings.policyFile) throw new ConfigError('SWITCHBOARD_AGENT (--agent) needs a policy file with an agents section (--policy)');
    if (!policy.agent(settings.agent))
      throw new ConfigError(
        `SWITCHBOARD_AGENT (--agent) names "${settings.agent}", which the policy's agents section does not define; agents: ${policy.agents.map((a) => a.name).join(', ') || 'none'}`,
      );
    if (settings.transport === 'http')
      throw new ConfigError('SWITCHBOARD_AGENT (--agent) is for stdio; over HTTP each agent is identified by its own bearer token');
  }
  if (policy.agents.length && settings.transport === 'http' && settings.httpToken) {
    throw new ConfigError(
      'SWITCHBOARD_HTTP_TOKEN is set but the policy defines agents, each with its own token: unset SWITCHBOARD_HTTP_TOKEN',
    );
  }
}

const credentialHelp = (api: ApiDefinition) => api.credentials.map((o) => o.env.join(' + ')).join(' or ');

export function buildCatalog(settings: Settings, source: ToolSource): Catalog {
  const known = new Map(source.apis.map((api) => [api.id, api]));
  for (const name of settings.toolsets ?? []) {
    if (!known.has(name))
      throw new ConfigError(`SWITCHBOARD_TOOLSETS (--toolsets) names an unknown toolset "${name}"; known: ${[...known.keys()].join(', ')}`);
  }
  // Every declared tool, by name: start-up checks names against it, and a refusal says why, not "not found".
  const declared = new Map<string, AuditSubject>(source.entries.map((e) => [e.name, e]));
  for (const [setting, names] of [
    ['SWITCHBOARD_TOOLS (--tools)', settings.tools ?? []],
    ['SWITCHBOARD_EXCLUDE_TOOLS (--exclude-tools)', settings.excludeTools],
  ] as const) {
    for (const n of names) if (!declared.has(n)) throw new ConfigError(`${setting} names an unknown tool "${n}"`);
  }

  const resources = Object.fromEntries(
    source.apis.map((api) => [api.id, [...new Set(source.entries.filter((e) => e.api === api.id).map((e) => e.resource))]]),
  );
  const policy = settings.policyFile ? loadPolicy(settings.policyFile, resources, settings.env) : Policy.allowAll();
  checkAgents(settings, policy);
  const apis: ApiRuntime[] = [];
  const tools: PreparedTool[] = [];
  const missing: string[] = [];
  for (const api of source.apis) {
    const wanted = settings.toolsets === undefined || settings.toolsets.includes(api.id);
    const creds = settings.sandbox ? sandboxCredentials(api) : resolveCredentials(api, settings.env);
    if (!wanted) continue;
    if (!creds) {
      if (settings.toolsets !== undefined)
        throw new ConfigError(`toolset ${api.id} was asked for but its credentials are not set: ${credentialHelp(api)}`);
      missing.push(`${api.title}: ${credentialHelp(api)}`);
      continue;
    }
    const runtime = makeRuntime(api, () => source.load(api.id), creds, settings);
    const selected = source.entries.filter((e) => e.api === api.id && selects(settings, policy, api.id, e));
    if (selected.length === 0) continue;
    apis.push(runtime);
    for (const e of selected) tools.push(catalogTool(e, runtime, source));
  }
  if (apis.length === 0) {
    if (settings.tools !== undefined) {
      const needs = [...new Set(settings.tools.map((n) => declared.get(n)!.api))];
      throw new ConfigError(`no credentials for the toolset(s) of the requested tools (${needs.join(', ')}); set them or use --sandbox`);
    }
    if (missing.length === 0 || settings.policyFile)
      throw new ConfigError(
        `no tool is left to serve: ${settings.policyFile ? `the policy ${settings.policyFile} and ` : ''}the read-only/toolsets/tools settings exclude every tool`,
      );
    throw new ConfigError(`no toolset has credentials; set at least one of — ${missing.join('; ')} — or run with --sandbox`);
  }
  const secrets = apis.flatMap((a) => a.secrets).concat(settings.httpToken ? [settings.httpToken] : []);
  return {
    apis,
    tools,
    known: declared,
    policy,
    secrets,
    close: async () => {
      await Promise.all(apis.map((a) => a.upstream.close()));
      await limiterStore(settings).close();
    },
  };
}

function makeRuntime(
  api: ApiDefinition,
  decls: () => Promise<ToolDeclaration[]>,
  creds: Record<string, string>,
  settings: Settings,
): ApiRuntime {
  const option = api.credentials.find((o) => o.env.every((n) => creds[n] !== undefined))!;
  const rate = parseRate(api.rateLimit.env, settings.env[api.rateLimit.env] ?? api.rateLimit.default);
  const configured = settings.env[api.baseUrl.env] ?? api.baseUrl.default;
  if (!settings.sandbox && !/^https?:\/\//.test(configured))
    throw new ConfigError(`${api.baseUrl.env} must be an http(s) URL, got "${configured}"`);
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
  const baseUrl = settings.sandbox ? async () => sandboxBaseUrl(api, await decls()) : async () => configured;
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
  if (spec.style === 'none') return shape;
  // The position is what a result's `next` carries; it is listed so a client that checks arguments
  // against the listed schema accepts `next` as it comes.
  if (spec.style === 'page')
    shape[spec.pageParam!] = z
      .number()
      .int()
      .min(spec.firstPage ?? 1)
      .describe('Page (from next)')
      .optional();
  if (spec.style === 'offset') shape[spec.offsetParam!] = z.number().int().min(0).describe('Offset (from next)').optional();
  if (spec.style === 'cursor' || spec.style === 'link') shape[spec.cursorParam!] = z.string().min(1).describe('From next').optional();
  if (spec.sizeParam)
    shape[spec.sizeParam] = z
      .number()
      .int()
      .min(1)
      .max(spec.maxSize ?? 1000)
      .describe('Page size')
      .optional();
  shape.max_records = z.number().int().min(1).describe('Max records across pages').optional();
  shape.fields = z.array(z.string()).describe('Item fields to keep').optional();
  return shape;
}

/** A catalog tool from its entry: its declaration is found, and the tool prepared, on first use. */
function catalogTool(entry: ToolEntry, api: ApiRuntime, source: ToolSource): PreparedTool {
  let prepared: LoadedTool | undefined;
  const from = (decls: ToolDeclaration[]): LoadedTool => {
    const d = decls.find((x) => x.name === entry.name);
    if (!d) throw new Error(`${entry.name} is in the tool table but ${entry.api} does not declare it: rebuild (npm run build)`);
    return (prepared = prepareTool(d, api));
  };
  const now = (): LoadedTool => {
    if (prepared) return prepared;
    const decls = source.loaded(entry.api);
    if (!decls) throw new Error(`${entry.name}: toolset ${entry.api} is not loaded yet (await tool.load())`);
    return from(decls);
  };
  return {
    name: entry.name,
    title: entry.title,
    description: entry.description,
    annotations: entry.annotations,
    access: entry.access,
    resource: entry.resource,
    api,
    listed: () => entry.inputSchema,
    load: async () => prepared ?? from(await source.load(entry.api)),
    get schema() {
      return now().schema;
    },
    get exec() {
      return now().exec;
    },
  };
}

/** A declaration's input schema with the paging arguments of its API added. */
function inputOf(d: ToolDeclaration, api: ApiDefinition) {
  const pagination = d.list ? { ...api.pagination, ...(d.list === true ? {} : d.list) } : undefined;
  const extra = pagination ? pagingShape(pagination) : {};
  for (const k of Object.keys(d.input.shape)) delete extra[k]; // a declaration's own field wins
  return { pagination, extra, schema: Object.keys(extra).length ? d.input.extend(extra) : d.input };
}

const pathParamsOf = (path: string) => [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
const idempotentOf = (d: ToolDeclaration) => d.idempotent ?? (d.access === 'read' || d.method === 'PUT' || d.method === 'DELETE');
const annotationsOf = (d: ToolDeclaration): Annotations => ({
  readOnlyHint: d.access === 'read',
  destructiveHint: d.access === 'destructive',
  idempotentHint: idempotentOf(d),
  openWorldHint: true,
});

export function prepareTool(d: ToolDeclaration, api: ApiRuntime): LoadedTool {
  const { pagination, extra, schema } = inputOf(d, api.def);
  const pathParams = pathParamsOf(d.path);
  const serverFields = 'fields' in extra;
  return {
    schema: toolSchema(schema, {
      tool: d.name,
      filters: d.filters,
      pathParams: [...pathParams, ...pathParamsOf(d.fallbackPath ?? '')],
      itemFields: serverFields ? (d.itemFields ?? api.def.records?.[d.resource]) : undefined,
    }),
    exec: { decl: d, api, pagination, pathParams, idempotent: idempotentOf(d) },
  };
}

/** A tool as tools/list shows it. */
export const listedTool = (t: PreparedTool) => ({
  name: t.name,
  title: t.title,
  description: t.description,
  inputSchema: t.listed() as { type: 'object'; [k: string]: unknown },
  annotations: t.annotations,
});

/**
 * Every tool's entry, from the declarations: what the build embeds (test/scripts/gen-schemas.ts), and
 * what a run from source computes at start (the listed JSON Schema then on first use).
 */
export function toolEntries(toolsets: Toolset[]): ToolEntry[] {
  return toolsets.flatMap(({ api, tools }) =>
    tools.map((d) => {
      let listed: Record<string, unknown> | undefined;
      return {
        name: d.name,
        title: d.title,
        description: d.description,
        api: api.id,
        resource: d.resource,
        access: d.access,
        pathParams: pathParamsOf(d.path),
        annotations: annotationsOf(d),
        get inputSchema() {
          return (listed ??= listedSchema(inputOf(d, api).schema, { tool: d.name, filters: d.filters }));
        },
      };
    }),
  );
}
