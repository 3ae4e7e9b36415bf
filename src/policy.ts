// Access policy: per API and per resource a level off < read < write < full (full allows destructive
// calls). With a policy file the default is deny. Levels filter registration and are checked again
// by the executor at call time; a named profile can only narrow the base policy, never widen it.
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
const policyFile = rules.extend({ profiles: z.record(z.string(), rules).optional() });
type Rules = z.infer<typeof rules>;

/** What each access level needs. */
export const NEEDS: Record<Access, Level> = { read: 'read', write: 'write', destructive: 'full' };
const rank = (l: Level) => LEVELS.indexOf(l);
const min = (a: Level, b: Level): Level => (rank(a) <= rank(b) ? a : b);

export interface Decision { allowed: boolean; level: Level; reason?: string }

export class Policy {
  constructor(private readonly base: Rules, private readonly profiles: Record<string, Rules> = {}, readonly source = 'policy') {}

  /** Everything allowed: the behaviour without a policy file. */
  static allowAll(): Policy {
    return new Policy({ default: 'full' }, {}, 'no policy');
  }

  profileNames(): string[] { return Object.keys(this.profiles); }

  hasProfile(name: string): boolean { return Object.hasOwn(this.profiles, name); }

  levelOf(api: string, resource: string, profile?: string): Level {
    const at = (r: Rules, dflt: Level): Level => r.apis?.[api]?.resources?.[resource] ?? r.apis?.[api]?.default ?? r.default ?? dflt;
    const baseLevel = at(this.base, 'off'); // with a policy file the default is deny
    if (profile === undefined) return baseLevel;
    const p = this.profiles[profile];
    if (!p) return 'off'; // an unknown profile grants nothing
    return min(baseLevel, at(p, 'off'));
  }

  decide(api: string, resource: string, access: Access, profile?: string): Decision {
    const l = this.levelOf(api, resource, profile);
    if (rank(l) >= rank(NEEDS[access])) return { allowed: true, level: l };
    const where = profile !== undefined ? `${this.source}, profile ${profile}` : this.source;
    return { allowed: false, level: l, reason: `${access} on ${api} ${resource} needs level ${NEEDS[access]}; ${where} gives ${l}` };
  }
}

/** Reads a JSON or YAML policy; a malformed one stops start-up naming the line and field at fault. */
export function loadPolicy(path: string, known: Record<string, string[]> = {}): Policy {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new ConfigError(`SWITCHBOARD_POLICY (--policy): cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
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
  const { profiles, ...base } = parsed.data!;
  // A misspelt API or resource would silently grant nothing: name it instead.
  const check = (r: Rules, prefix: (string | number)[]) => {
    for (const [api, a] of Object.entries(r.apis ?? {})) {
      if (!known[api]) fail([...prefix, 'apis', api], `unknown API; known: ${Object.keys(known).join(', ')}`);
      for (const res of Object.keys(a.resources ?? {})) {
        if (!known[api].includes(res)) fail([...prefix, 'apis', api, 'resources', res], `unknown ${api} resource; known: ${known[api].join(', ')}`);
      }
    }
  };
  if (Object.keys(known).length) {
    check(base, []);
    for (const [name, p] of Object.entries(profiles ?? {})) check(p, ['profiles', name]);
  }
  return new Policy(base, profiles ?? {}, `policy ${path}`);
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
