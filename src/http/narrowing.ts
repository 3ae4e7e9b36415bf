// Narrowing headers (X-MCP-*): they filter the catalog the flags and environment already selected,
// so they can remove tools and never add one. A name the server does not know at all is an error,
// and so is a header sent twice: a proxy that appends instead of replacing would otherwise turn
// two narrowings into their union.
import type { IncomingMessage } from 'node:http';
import type { Catalog } from '../registry.js';
import type { Narrowing } from '../server.js';
import { HttpError } from './respond.js';

export const NARROWING_HEADERS = {
  readOnly: 'X-MCP-Readonly',
  toolsets: 'X-MCP-Toolsets',
  tools: 'X-MCP-Tools',
  excludeTools: 'X-MCP-Exclude-Tools',
  policyProfile: 'X-MCP-Policy-Profile',
  discovery: 'X-MCP-Discovery',
} as const;

/** Every toolset and tool name the server declares (configured here or not): a header may name any of them. */
export interface KnownNames {
  toolsets: ReadonlySet<string>;
  tools: ReadonlySet<string>;
}

/** The names a narrowing header may use, read from the catalog (which knows every declared tool). */
export const knownNames = (catalog: Pick<Catalog, 'known'>): KnownNames => ({
  toolsets: new Set([...catalog.known.values()].map((subject) => subject.api)),
  tools: new Set(catalog.known.keys()),
});

const NO_NAMES: KnownNames = { toolsets: new Set(), tools: new Set() };

const truthy = (header: string, value: string) => {
  if (/^(1|true|yes|on)$/i.test(value)) return true;
  if (/^(0|false|no|off)$/i.test(value)) return undefined;
  throw new HttpError(400, `${header} must be 1/true or 0/false`);
};

/**
 * The narrowing an HTTP request asks for; `policy` names the profiles of the --policy file, `names`
 * the toolsets and tools that exist (without it, any toolset or tool name is refused).
 */
export function narrowingFromHeaders(
  get: (name: string) => string | null | undefined,
  policy: { hasProfile(name: string): boolean },
  names: KnownNames = NO_NAMES,
): Narrowing {
  const narrowing: Narrowing = {};
  const readOnly = get(NARROWING_HEADERS.readOnly.toLowerCase())?.trim();
  if (readOnly && truthy(NARROWING_HEADERS.readOnly, readOnly)) narrowing.readOnly = true;
  const list = (header: string, kind: 'toolsets' | 'tools') => {
    const value = get(header.toLowerCase());
    if (!value?.trim()) return undefined;
    const listed = value
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean);
    for (const name of listed) {
      if (!names[kind].has(name))
        throw new HttpError(
          400,
          `${header} names an unknown ${kind === 'tools' ? 'tool' : 'toolset'} ${JSON.stringify(name.slice(0, 80))}`,
        );
    }
    return listed;
  };
  narrowing.toolsets = list(NARROWING_HEADERS.toolsets, 'toolsets');
  narrowing.tools = list(NARROWING_HEADERS.tools, 'tools');
  narrowing.excludeTools = list(NARROWING_HEADERS.excludeTools, 'tools');
  const profile = get(NARROWING_HEADERS.policyProfile.toLowerCase())?.trim();
  if (profile) {
    if (!policy.hasProfile(profile))
      throw new HttpError(400, `${NARROWING_HEADERS.policyProfile} names a profile the policy file does not define`);
    narrowing.policyProfile = profile;
  }
  const discovery = get(NARROWING_HEADERS.discovery.toLowerCase())?.trim();
  if (discovery && truthy(NARROWING_HEADERS.discovery, discovery)) narrowing.discovery = true;
  return narrowing;
}

const NARROWING_NAMES = new Set(Object.values(NARROWING_HEADERS).map((h) => h.toLowerCase()));

/**
 * Refuses a request that sends any narrowing header more than once. Node joins repeated unknown
 * headers with ", " (and so does the web Headers object the 2026 leg reads), so only the raw list
 * shows the repetition.
 */
export function refuseRepeatedNarrowing(req: IncomingMessage): void {
  const seen = new Set<string>();
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i].toLowerCase();
    if (!NARROWING_NAMES.has(name)) continue;
    if (seen.has(name))
      throw new HttpError(
        400,
        `${req.rawHeaders[i]} was sent more than once; send each X-MCP-* narrowing header once (a proxy may be appending instead of replacing it)`,
      );
    seen.add(name);
  }
}

/** A header getter over a node request (repeats are refused before this is read). */
export const nodeHeader = (req: IncomingMessage) => (name: string) => {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(',') : value;
};
