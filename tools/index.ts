// Every toolset the server knows, in the order they are listed. Start-up reads only the API definitions
// and each tool's entry (name, description, access, listed schema: the table the build embeds from
// test/scripts/gen-schemas.ts); a toolset's declarations — its zod schemas — are imported when one of
// its tools is first called (a chunk of their own in the bundle). Running from source (tests, scripts)
// there is no table: every toolset is imported up front and the entries are computed from it.
import type { ApiDefinition, ToolDeclaration } from '../src/declaration.js';
import { toolEntries } from '../src/registry.js';
import type { ToolEntry, ToolSource } from '../src/types.js';
import copper from './copper/api.js';
import copilot from './copilot/api.js';
import tawkto from './tawkto/api.js';
import dailybot from './dailybot/api.js';

export interface Toolset {
  api: ApiDefinition;
  tools: ToolDeclaration[];
}

const apis: ApiDefinition[] = [copper, copilot, tawkto, dailybot];

const imports: Record<string, () => Promise<{ default: Toolset }>> = {
  copper: () => import('./copper/index.js'),
  copilot: () => import('./copilot/index.js'),
  tawkto: () => import('./tawkto/index.js'),
  dailybot: () => import('./dailybot/index.js'),
};

const loading = new Map<string, Promise<ToolDeclaration[]>>();
const loaded = new Map<string, ToolDeclaration[]>();

function load(id: string): Promise<ToolDeclaration[]> {
  let p = loading.get(id);
  if (!p) {
    const from = imports[id];
    if (!from) return Promise.reject(new Error(`no toolset "${id}"`));
    p = from().then((m) => {
      loaded.set(id, m.default.tools);
      return m.default.tools;
    });
    loading.set(id, p);
  }
  return p;
}

/** Every tool's entry as JSON (ToolEntry[]), embedded by test/scripts/build.mjs. */
declare const __TOOL_TABLE__: string | undefined;
const table = typeof __TOOL_TABLE__ === 'undefined' ? undefined : (JSON.parse(__TOOL_TABLE__) as ToolEntry[]);

/**
 * Every toolset with its declarations, for tests and scripts running from source (all imported now).
 * The bundle has no declarations up front and serves from `source` alone: there it is empty rather
 * than a list of stand-ins.
 */
export const toolsets: Toolset[] = table ? [] : await Promise.all(apis.map(async (api) => ({ api, tools: await load(api.id) })));

/** What the catalog is built from (src/app.ts). */
export const source: ToolSource = {
  apis,
  entries: table ?? toolEntries(toolsets),
  load,
  loaded: (id) => loaded.get(id),
};
