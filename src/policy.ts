// Access policy: per API and per resource a level off < read < write < full (full allows destructive
// calls). With a policy file the default is deny. Levels filter registration and are checked again
// by the executor at call time; a named profile can only narrow the base policy, never widen it.
import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isMap, LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import type { Access } from './declaration.js';
import { ConfigError } from './config.js';

export const LEVELS = ['off', 'read', 'write', 'full'] as const;
export type Level = (typeof LEVELS)[number];

const level = z.enum(LEVELS);
const apiRules = z.strictObject({
  default: level.optional(),
  resources: z.record(z.string(), level).optional(),
});
const rules = z.strictObject({
  default: level.optional(),
  apis: z.record(z.string(), apiRules).optional(),
});
// An agent authenticates with its own token, given as its SHA-256 (the file then holds no secret) or
// as the name of an environment variable holding it; its profile is the most it may do.
const agentRule = z.union(
  [
    z.strictObject({
      token_sha256: z.string().regex(/^[0-9a-fA-F]{64}$/, 'must be 64 hexadecimal characters (the SHA-256 of the token)'),
      profile: z.string().min(1),
    }),
    z.strictObject({
      token_env: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be an environment variable name'),
      profile: z.string().min(1),
    }),
  ],
  { error: 'give token_sha256 or token_env (one of them), and profile' },
);
const policyFile = rules.extend({ profiles: z.record(z.string(), rules).optional(), agents: z.record(z.string(), agentRule).optional() });
type Rules = z.infer<typeof rules>;

/** An agent of the policy file: who it is and which profile bounds it; its token only as a digest. */
export interface Agent {
  name: string;
  profile: string;
  digest: Buffer;
}
const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/** What each access level needs. */
export const NEEDS: Record<Access, Level> = { read: 'read', write: 'write', destructive: 'full' };
const rank = (l: Level) => LEVELS.indexOf(l);
const min = (a: Level, b: Level): Level => (rank(a) <= rank(b) ? a : b);

export interface Decision {
  allowed: boolean;
  level: Level;
  reason?: string;
}

export class Policy {
  constructor(
    private readonly base: Rules,
    private readonly profiles: Record<string, Rules> = {},
    readonly source = 'policy',
    readonly agents: Agent[] = [],
  ) {}

  /** Everything allowed: the behaviour without a policy file. */
  static allowAll(): Policy {
    return new Policy({ default: 'full' }, {}, 'no policy');
  }

  hasProfile(name: string): boolean {
    return Object.hasOwn(this.profiles, name);
  }

  agent(name: string): Agent | undefined {
    return this.agents.find((a) => a.name === name);
  }

  /** The agent a bearer token belongs to. Every digest is compared, in constant time, whatever matches. */
  agentByToken(token: string): Agent | undefined {
    const digest = sha256(token);
    let found: Agent | undefined;
    for (const a of this.agents) if (timingSafeEqual(a.digest, digest)) found = a;
    return found;
  }

  /** The level for a resource: the base policy, lowered by the agent's profile and by a requested profile. */
  levelOf(api: string, resource: string, profile?: string, agent?: string): Level {
    const at = (r: Rules, dflt: Level): Level => r.apis?.[api]?.resources?.[resource] ?? r.apis?.[api]?.default ?? r.default ?? dflt;
    let l = at(this.base, 'off'); // with a policy file the default is deny
    const bounds = [agent === undefined ? undefined : (this.agent(agent)?.profile ?? ''), profile];
    for (const name of bounds) {
      if (name === undefined) continue;
      const p = Object.hasOwn(this.profiles, name) ? this.profiles[name] : undefined;
      l = p ? min(l, at(p, 'off')) : 'off'; // an unknown profile (or agent) grants nothing
    }
    return l;
  }

  decide(api: string, resource: string, access: Access, profile?: string, agent?: string): Decision {
    const l = this.levelOf(api, resource, profile, agent);
    if (rank(l) >= rank(NEEDS[access])) return { allowed: true, level: l };
    const bounds = [
      agent !== undefined ? `agent ${agent} (profile ${this.agent(agent)?.profile})` : '',
      profile !== undefined ? `profile ${profile}` : '',
    ].filter(Boolean);
    const where = [this.source, ...bounds].join(', ');
    return { allowed: false, level: l, reason: `${access} on ${api} ${resource} needs level ${NEEDS[access]}; ${where} gives ${l}` };
  }
}

/** Reads a JSON or YAML policy; a malformed one stops start-up naming the line and field at fault. */
export function loadPolicy(
  path: string,
  known: Record<string, string[]> = {},
  env: Record<string, string | undefined> = process.env,
): Policy {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new ConfigError(
      `SWITCHBOARD_POLICY (--policy): cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
    );
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length) {
    const err = doc.errors[0];
    const pos = lines.linePos(err.pos[0]);
    throw new ConfigError(`policy ${path}:${pos.line}:${pos.col}: ${err.message.split('\n')[0]}`);
  }
  const parsed = policyFile.safeParse(doc.toJS());
  const fail = (at: (string | number)[], message: string): never => {
    const line = lineOf(doc, lines, at);
    throw new ConfigError(`policy ${path}${line ? `:${line}` : ''}: field "${at.join('.') || '(top level)'}": ${message}`);
  };
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const at = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path;
    fail(at as (string | number)[], issue.code === 'invalid_value' ? `${issue.message} (one of ${LEVELS.join(', ')})` : issue.message);
  }
  const { profiles, agents: agentRules, ...base } = parsed.data!;
  // A misspelt API or resource would silently grant nothing: name it instead.
  const check = (r: Rules, prefix: (string | number)[]) => {
    for (const [api, a] of Object.entries(r.apis ?? {})) {
      if (!known[api]) fail([...prefix, 'apis', api], `unknown API; known: ${Object.keys(known).join(', ')}`);
      for (const res of Object.keys(a.resources ?? {})) {
        if (!known[api].includes(res))
          fail([...prefix, 'apis', api, 'resources', res], `unknown ${api} resource; known: ${known[api].join(', ')}`);
      }
    }
  };
  if (Object.keys(known).length) {
    check(base, []);
    for (const [name, p] of Object.entries(profiles ?? {})) check(p, ['profiles', name]);
  }
  const agents: Agent[] = [];
  for (const [name, rule] of Object.entries(agentRules ?? {})) {
    if (!Object.hasOwn(profiles ?? {}, rule.profile))
      fail(
        ['agents', name, 'profile'],
        `unknown profile "${rule.profile}"; profiles: ${Object.keys(profiles ?? {}).join(', ') || 'none defined'}`,
      );
    let digest: Buffer;
    if ('token_env' in rule) {
      const token = env[rule.token_env];
      if (!token) fail(['agents', name, 'token_env'], `the environment variable ${rule.token_env} is not set`);
      digest = sha256(token!);
    } else digest = Buffer.from(rule.token_sha256.toLowerCase(), 'hex');
    const twin = agents.find((a) => a.digest.equals(digest));
    if (twin) fail(['agents', name], `has the same token as agent "${twin.name}"; every agent needs its own`);
    agents.push({ name, profile: rule.profile, digest });
  }
  return new Policy(base, profiles ?? {}, `policy ${path}`, agents);
}

function lineOf(doc: Document, lines: LineCounter, path: (string | number)[]): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    if (node && typeof node === 'object' && 'range' in node && Array.isArray(node.range)) return lines.linePos(node.range[0]).line;
    // An unknown key has no value node of its own in the schema path: point at the key in its map.
    const parent = n > 0 ? (n === 1 ? doc.contents : doc.getIn(path.slice(0, n - 1), true)) : undefined;
    if (isMap(parent)) {
      const pair = parent.items.find((p) => (p.key as { value?: unknown })?.value === path[n - 1]);
      const range = (pair?.key as { range?: number[] } | undefined)?.range;
      if (range) return lines.linePos(range[0]).line;
    }
  }
  return undefined;
}
