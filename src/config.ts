// Settings from CLI flags and the environment, with one meaning on every surface (design.md,
// Configuration). Bad configuration throws ConfigError with one line naming the setting.
import { parseArgs } from 'node:util';

export class ConfigError extends Error {}

export interface Settings {
  transport: 'stdio' | 'http';
  host: string;
  port: number;
  stateless: boolean;
  readOnly: boolean;
  /** tools/list holds four meta-tools (search, describe, call read, call write) instead of every tool. */
  discovery: boolean;
  /** undefined = every toolset whose credentials are present. */
  toolsets?: string[];
  tools?: string[];
  excludeTools: string[];
  policyFile?: string;
  /** stdio: the agent of the policy file this process serves (its profile bounds every call). */
  agent?: string;
  auditLog?: string;
  sandbox: boolean;
  httpToken?: string;
  /** HTTP: Host/Origin hostnames accepted besides the loopback names and the bind address. */
  allowedHosts: string[];
  /** HTTP: a 2025-era session unused this long is closed. */
  sessionIdleSeconds: number;
  /** HTTP: the largest request body accepted. */
  maxBodyBytes: number;
  /**
   * HTTP: live 2025-era sessions plus legacy SSE streams. At the cap the least recently used idle
   * one is evicted; with none idle a new one gets 503. Default 1,000: a session holds about 0.4 MB,
   * so 400 MB at the cap, a tenth of the ~4 GiB V8 heap Node takes on a 24 GiB host, leaving the
   * rest for calls and results (10,000 sessions exhausted that heap).
   */
  maxSessions: number;
  /** HTTP: open TCP connections (node:http maxConnections); further ones are dropped on accept. Default 2,000: two a session (a stream and a request). */
  maxConnections: number;
  /** HTTP: on SIGTERM/SIGINT, how long in-flight calls may run on before they are cut off. */
  shutdownGraceSeconds: number;
  redisUrl?: string;
  /** Redis lost while running: fail calls (default) or limit per process (replicas may then exceed the shared budget). */
  redisFallback: 'fail' | 'local';
  maxResultTokens: number;
  /** Longest one upstream request may take, from its first attempt through every retry and wait. */
  upstreamTimeoutMs: number;
  /**
   * Upstream pages one tool call may fetch in a `max_records` walk; the result's note says where it
   * stopped and `next` continues. Default 50: at most about a minute of any API's default budget
   * (DailyBot 60/60 s: 50 s; tawk.to 2/s: 25 s; Copper 180/60 s: 17 s) — see executor.ts.
   */
  maxPagesPerCall: number;
  /** The environment with unset Claude Desktop placeholders (`${user_config.X}`) and empty values removed. */
  env: Record<string, string>;
}

const FLAGS = {
  transport: { type: 'string' },
  host: { type: 'string' },
  port: { type: 'string' },
  stateless: { type: 'boolean' },
  'read-only': { type: 'boolean' },
  discovery: { type: 'boolean' },
  toolsets: { type: 'string' },
  tools: { type: 'string' },
  'exclude-tools': { type: 'string' },
  policy: { type: 'string' },
  agent: { type: 'string' },
  'audit-log': { type: 'string' },
  sandbox: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

/** A Claude Desktop bundle passes an unset user_config value as the literal placeholder text. */
const isPlaceholder = (v: string) => /^\$\{user_config\.[^}]*\}$/.test(v.trim());

export function cleanEnv(raw: NodeJS.ProcessEnv): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) if (v !== undefined && v.trim() !== '' && !isPlaceholder(v)) env[k] = v.trim();
  return env;
}

const list = (v: string | undefined) =>
  v === undefined
    ? undefined
    : v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);

function bool(name: string, v: string | undefined): boolean | undefined {
  if (v === undefined) return undefined;
  if (/^(1|true|yes|on)$/i.test(v)) return true;
  if (/^(0|false|no|off)$/i.test(v)) return false;
  throw new ConfigError(`${name} must be 1/true or 0/false, got "${v}"`);
}

function int(name: string, v: string | undefined, dflt: number, min: number, max: number): number {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got "${v}"`);
  return n;
}

function oneOf<T extends string>(name: string, v: string | undefined, allowed: readonly T[], dflt: T): T {
  if (v === undefined) return dflt;
  if (!(allowed as readonly string[]).includes(v)) throw new ConfigError(`${name} must be ${allowed.join(' or ')}, got "${v}"`);
  return v as T;
}

export const HELP = `switchboard-mcp — MCP server for Copper, Copilot, tawk.to and DailyBot

Usage: switchboard-mcp [options]
  --sandbox                 serve built-in emulators with sample data (no accounts needed)
  --read-only               register and allow only read tools
  --discovery               list four meta-tools (search, describe, call) instead of every tool
  --toolsets a,b            copper, copilot, tawkto, dailybot (default: all with credentials)
  --tools a,b               only these tools
  --exclude-tools a,b       never these tools
  --transport stdio|http    (default stdio)
  --host H --port P         HTTP listen address (default 127.0.0.1:3000)
  --stateless               serve 2025-era HTTP clients per request too
  --policy FILE             per-resource access policy
  --agent NAME              stdio: serve as this agent of the policy file (its profile)
  --audit-log FILE          one JSON line per tool call ('-' = stderr)
  SWITCHBOARD_MAX_PAGES_PER_CALL=N   upstream pages one call may fetch (default 50)
  SWITCHBOARD_MAX_SESSIONS=N         HTTP: live sessions and SSE streams (default 1000; LRU idle evicted)
  SWITCHBOARD_MAX_CONNECTIONS=N      HTTP: open connections (default 2000)
  SWITCHBOARD_SHUTDOWN_GRACE_SECONDS=N  HTTP: in-flight calls' time on SIGTERM (default 10)
Every flag has an environment form (SWITCHBOARD_*); credentials are COPPER_*, COPILOT_*, TAWK_*, DAILYBOT_*.
See README.md for every setting.`;

export function loadSettings(argv: string[], rawEnv: NodeJS.ProcessEnv): Settings & { help?: boolean; version?: boolean } {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({ args: argv, options: FLAGS, strict: true, allowPositionals: false }));
  } catch (e) {
    throw new ConfigError(`${(e as Error).message} (see --help)`);
  }
  const env = cleanEnv(rawEnv);
  const str = (flag: string, name: string) => (values[flag] as string | undefined) ?? env[name];
  const flagOrEnv = (flag: string, name: string) => (values[flag] ? true : (bool(name, env[name]) ?? false));

  const transport = str('transport', 'SWITCHBOARD_TRANSPORT') ?? 'stdio';
  if (transport !== 'stdio' && transport !== 'http')
    throw new ConfigError(`SWITCHBOARD_TRANSPORT (--transport) must be stdio or http, got "${transport}"`);

  return {
    help: values.help as boolean | undefined,
    version: values.version as boolean | undefined,
    transport,
    host: str('host', 'SWITCHBOARD_HOST') ?? '127.0.0.1',
    port: int('SWITCHBOARD_PORT (--port)', str('port', 'SWITCHBOARD_PORT'), 3000, 0, 65535),
    stateless: flagOrEnv('stateless', 'SWITCHBOARD_STATELESS'),
    readOnly: flagOrEnv('read-only', 'SWITCHBOARD_READ_ONLY'),
    discovery: flagOrEnv('discovery', 'SWITCHBOARD_DISCOVERY'),
    toolsets: list(str('toolsets', 'SWITCHBOARD_TOOLSETS')),
    tools: list(str('tools', 'SWITCHBOARD_TOOLS')),
    excludeTools: list(str('exclude-tools', 'SWITCHBOARD_EXCLUDE_TOOLS')) ?? [],
    policyFile: str('policy', 'SWITCHBOARD_POLICY'),
    agent: str('agent', 'SWITCHBOARD_AGENT'),
    auditLog: str('audit-log', 'SWITCHBOARD_AUDIT_LOG'),
    sandbox: flagOrEnv('sandbox', 'SWITCHBOARD_SANDBOX'),
    httpToken: env.SWITCHBOARD_HTTP_TOKEN,
    allowedHosts: (list(env.SWITCHBOARD_ALLOWED_HOSTS) ?? []).map((h) => h.toLowerCase()),
    sessionIdleSeconds: int('SWITCHBOARD_SESSION_IDLE_SECONDS', env.SWITCHBOARD_SESSION_IDLE_SECONDS, 1800, 1, 86_400 * 7),
    maxBodyBytes: int('SWITCHBOARD_MAX_BODY_BYTES', env.SWITCHBOARD_MAX_BODY_BYTES, 4 * 1024 * 1024, 1024, 100 * 1024 * 1024),
    maxSessions: int('SWITCHBOARD_MAX_SESSIONS', env.SWITCHBOARD_MAX_SESSIONS, 1000, 1, 1_000_000),
    maxConnections: int('SWITCHBOARD_MAX_CONNECTIONS', env.SWITCHBOARD_MAX_CONNECTIONS, 2000, 1, 1_000_000),
    shutdownGraceSeconds: int('SWITCHBOARD_SHUTDOWN_GRACE_SECONDS', env.SWITCHBOARD_SHUTDOWN_GRACE_SECONDS, 10, 0, 3600),
    redisUrl: env.SWITCHBOARD_REDIS_URL,
    redisFallback: oneOf('SWITCHBOARD_REDIS_FALLBACK', env.SWITCHBOARD_REDIS_FALLBACK, ['fail', 'local'] as const, 'fail'),
    maxResultTokens: int('SWITCHBOARD_MAX_RESULT_TOKENS', env.SWITCHBOARD_MAX_RESULT_TOKENS, 20000, 500, 1_000_000),
    upstreamTimeoutMs: int('SWITCHBOARD_UPSTREAM_TIMEOUT_MS', env.SWITCHBOARD_UPSTREAM_TIMEOUT_MS, 30_000, 100, 600_000),
    maxPagesPerCall: int('SWITCHBOARD_MAX_PAGES_PER_CALL', env.SWITCHBOARD_MAX_PAGES_PER_CALL, 50, 1, 10_000),
    env,
  };
}

/** `N/<seconds>s` → a rolling window. */
export function parseRate(name: string, v: string): { max: number; windowMs: number } {
  const m = /^\s*(\d+)\s*\/\s*(\d+(?:\.\d+)?)\s*s\s*$/.exec(v);
  if (!m || Number(m[1]) < 1 || Number(m[2]) <= 0) throw new ConfigError(`${name} must look like N/<seconds>s (e.g. 180/60s), got "${v}"`);
  return { max: Number(m[1]), windowMs: Math.round(Number(m[2]) * 1000) };
}
