// Discovery mode (design.md, Discovery mode; issue 14): instead of every tool, tools/list holds four
// small meta-tools — search, describe, call a read tool, call a write tool — built from the same
// prepared catalog. They only look things up and hand the inner call to the direct call path
// (server.ts), so validation, policy, read-only's two locks, limits, paging, the result bound,
// untrusted labels, progress, cancellation and audit are exactly those of a direct call.
import MiniSearch from 'minisearch';
import { z } from 'zod';
import type { Access } from './declaration.js';
import { listedTool, type PreparedTool } from './registry.js';
import { errorResult, type ToolResult } from './results.js';
import { listedSchema, MAX_ARGUMENT_DEPTH, toolSchema } from './schema.js';

export const SEARCH_TOOL = 'switchboard_search_tools';
export const DESCRIBE_TOOL = 'switchboard_describe_tool';
export const CALL_READ_TOOL = 'switchboard_call_read_tool';
export const CALL_WRITE_TOOL = 'switchboard_call_write_tool';
const META = [SEARCH_TOOL, DESCRIBE_TOOL, CALL_READ_TOOL, CALL_WRITE_TOOL];

export interface DiscoveryOptions<C> {
  /** The whole catalog (the search index is built once per catalog and shared by connections). */
  all: PreparedTool[];
  /** Whether this connection may call a tool: the predicate tools/list and tools/call use in full mode. */
  allowed(t: PreparedTool): boolean;
  /** The server or this session is read-only: switchboard_call_write_tool is not offered. */
  readOnly: boolean;
  /** Why a name is not callable on this connection (unknown, or left out by settings, narrowing or policy). */
  refuse(name: string): string;
  /** The direct call path: validation, then the executor with this request's context, marked as discovery mode. */
  call(tool: PreparedTool, args: unknown, ctx: C): Promise<ToolResult>;
}

export interface Discovery<C> {
  /** The meta-tools as tools/list shows them (three when read-only). */
  tools: ListedMeta[];
  handles(name: string): boolean;
  call(name: string, args: Record<string, unknown> | undefined, ctx: C): Promise<ToolResult>;
}

const NOTHING = ' Nothing was sent.';

export function createDiscovery<C>(o: DiscoveryOptions<C>): Discovery<C> {
  const callable = o.all.filter(o.allowed);
  const byName = new Map(callable.map((t) => [t.name, t]));
  const apis = [...new Set(callable.map((t) => t.api.def.title))];
  const tools = metaTools(apis, o.readOnly);
  const offered = new Set(tools.map((t) => t.name));

  const find = (name: string): PreparedTool | ToolResult => byName.get(name) ?? errorResult(o.refuse(name));
  const isTool = (f: PreparedTool | ToolResult): f is PreparedTool => 'load' in f && 'listed' in f;

  async function run(meta: string, raw: Record<string, unknown>, ctx: C): Promise<ToolResult> {
    // The meta-tools' own arguments get the validation every tool gets (src/schema.ts).
    const checked = META_SCHEMAS[meta].validate(raw);
    if (!checked.ok) return errorResult(checked.message);
    const args = checked.value;
    if (meta === SEARCH_TOOL) return search(o.all, byName, args.query as string, (args.limit as number | undefined) ?? 8, callable.length);
    if (meta === DESCRIBE_TOOL) {
      const names = [...(typeof args.name === 'string' ? [args.name] : []), ...((args.names as string[] | undefined) ?? [])];
      if (names.length === 0) return errorResult(`invalid arguments for ${meta}: give name (or names for several).${NOTHING}`);
      const found = names.map(find);
      const missing = found.filter((f) => !isTool(f)) as ToolResult[];
      if (missing.length) return errorResult(missing.map((m) => m.content[0].text).join('\n'));
      // Exactly the entry full mode lists, one block per tool: describing costs what listing would.
      return { content: (found as PreparedTool[]).map((t) => ({ type: 'text' as const, text: JSON.stringify(listedTool(t)) })) };
    }
    // switchboard_call_read_tool / switchboard_call_write_tool
    const tool = find(args.name as string);
    if (!isTool(tool)) return tool;
    const access: Access = tool.access;
    if (meta === CALL_READ_TOOL && access !== 'read') {
      return errorResult(
        `${tool.name} is a ${access} tool, and ${CALL_READ_TOOL} runs only read tools: call it with ${CALL_WRITE_TOOL}.${NOTHING}`,
      );
    }
    if (meta === CALL_WRITE_TOOL && access === 'read') {
      return errorResult(
        `${tool.name} is a read tool: call it with ${CALL_READ_TOOL} (${CALL_WRITE_TOOL} runs only write and destructive tools).${NOTHING}`,
      );
    }
    return o.call(tool, args.arguments ?? {}, ctx);
  }

  return {
    tools,
    handles: (name) => META.includes(name),
    async call(name, args, ctx) {
      if (!offered.has(name)) {
        // Only switchboard_call_write_tool is ever left out: the server or the session is read-only.
        return errorResult(
          `${name} is not available: this ${o.readOnly ? 'server or session' : 'connection'} is read-only, so only read tools can be called (with ${CALL_READ_TOOL}).${NOTHING}`,
        );
      }
      return run(name, args ?? {}, ctx);
    },
  };
}

/** The meta-tools' arguments: listed and validated like every tool's (kept small: all four ≈ 500 tokens). */
const toolName = z.string().min(1).describe('Tool name, from search');
const callInput = z.object({ name: toolName, arguments: z.record(z.string(), z.unknown()).describe("The tool's arguments").optional() });
const INPUTS: Record<string, z.ZodObject<z.ZodRawShape>> = {
  [SEARCH_TOOL]: z.object({
    query: z.string().min(1).describe('Task or keywords'),
    limit: z.number().int().min(1).max(25).describe('Max matches (default 8)').optional(),
  }),
  [DESCRIBE_TOOL]: z.object({
    name: toolName.optional(),
    names: z.array(z.string().min(1)).min(1).describe('Several tool names').optional(),
  }),
  [CALL_READ_TOOL]: callInput,
  [CALL_WRITE_TOOL]: callInput,
};
// A call tool's arguments hold the inner tool's: one level more than that tool's own limit.
const META_SCHEMAS = Object.fromEntries(
  Object.entries(INPUTS).map(([tool, schema]) => [tool, toolSchema(schema, { tool, maxDepth: MAX_ARGUMENT_DEPTH + 1 })]),
);
const listedInput = (tool: string) => listedSchema(INPUTS[tool], { tool }) as ListedMeta['inputSchema'];

/** The meta-tools' tools/list entries. */
function metaTools(apis: string[], readOnly: boolean): ListedMeta[] {
  const entries: ListedMeta[] = [
    {
      name: SEARCH_TOOL,
      title: 'Search tools',
      description: `Find tools for ${apis.join(', ')} by what you want to do, e.g. "convert a lead into a person". Returns the best matches: name, access (read/write/destructive), title and summary. Next: ${DESCRIBE_TOOL} for a tool's arguments, then ${CALL_READ_TOOL} or ${CALL_WRITE_TOOL} to run it.`,
      inputSchema: listedInput(SEARCH_TOOL),
      annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
    },
    {
      name: DESCRIBE_TOOL,
      title: 'Describe tools',
      description: "A tool's full input schema and annotations (give name, or names for several). Arguments are strict: use exactly these.",
      inputSchema: listedInput(DESCRIBE_TOOL),
      annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
    },
    {
      name: CALL_READ_TOOL,
      title: 'Call a read tool',
      description:
        'Run a tool whose access is read, with arguments as described. Tools that change data are refused: use switchboard_call_write_tool.',
      inputSchema: listedInput(CALL_READ_TOOL),
      annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
    },
    {
      name: CALL_WRITE_TOOL,
      title: 'Call a write tool',
      description: 'Run a tool that creates, changes, sends or deletes (access write or destructive), with arguments as described.',
      inputSchema: listedInput(CALL_WRITE_TOOL),
      annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: true },
    },
  ];
  return readOnly ? entries.filter((e) => e.name !== CALL_WRITE_TOOL) : entries;
}

interface ListedMeta {
  name: string;
  title: string;
  description: string;
  inputSchema: { type: 'object'; [k: string]: unknown };
  annotations: { readOnlyHint: boolean; destructiveHint: boolean; idempotentHint: boolean; openWorldHint: boolean };
}

// ---------------------------------------------------------------------------------------------
// Search: BM25 ranking (MiniSearch) over each tool's name, title, description, resource and argument
// names, with a few words of English folded together (plurals, -ing/-ed, person/people).

const STOP = new Set(
  'a an the to into of for in on at by with and or from as is are be it its this that these my me i we our all any one some please want need do get'.split(
    ' ',
  ),
);
const SAME: Record<string, string> = {
  people: 'person',
  persons: 'person',
  contacts: 'contact',
  replies: 'reply',
  responses: 'response',
  checkin: 'check',
  checkins: 'check',
};

/** Lower case, stop words out, a light stem so "converting leads" meets "Convert lead". */
export function term(word: string): string | null {
  const w = word.toLowerCase();
  if (w.length < 2 || STOP.has(w)) return null;
  const s = SAME[w] ?? w;
  if (s.length > 5 && s.endsWith('ies')) return `${s.slice(0, -3)}y`;
  if (s.length > 5 && s.endsWith('ing')) return s.slice(0, -3);
  if (s.length > 4 && s.endsWith('ed')) return s.slice(0, -2);
  if (s.length > 3 && s.endsWith('es') && /(ss|sh|ch|x)es$/.test(s)) return s.slice(0, -2);
  if (s.length > 3 && s.endsWith('s') && !s.endsWith('ss')) return s.slice(0, -1);
  if (s.length > 4 && s.endsWith('e')) return s.slice(0, -1); // create/created/creating → creat
  return s;
}

interface Doc {
  id: string;
  name: string;
  title: string;
  description: string;
  resource: string;
  args: string;
}

const indexes = new WeakMap<PreparedTool[], MiniSearch<Doc>>();

function indexOf(all: PreparedTool[]): MiniSearch<Doc> {
  let index = indexes.get(all);
  if (!index) {
    index = new MiniSearch<Doc>({
      fields: ['name', 'title', 'description', 'resource', 'args'],
      // check-in, check_in and checkin are one word to a reader: hyphens and underscores split too.
      tokenize: (text) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean),
      processTerm: (w) => term(w) ?? null,
      searchOptions: {
        boost: { name: 3, title: 3, resource: 2, description: 1, args: 0.5 },
        prefix: (w) => w.length >= 4,
        fuzzy: (w) => (w.length >= 6 ? 0.2 : false),
        weights: { fuzzy: 0.3, prefix: 0.5 },
      },
    });
    index.addAll(
      all.map((t) => ({
        id: t.name,
        name: t.name.replace(/_/g, ' '),
        title: t.title,
        description: t.description,
        resource: t.resource.replace(/_/g, ' '),
        args: Object.keys((t.listed() as { properties?: Record<string, unknown> }).properties ?? {})
          .join(' ')
          .replace(/_/g, ' '),
      })),
    );
    indexes.set(all, index);
  }
  return index;
}

/** The first sentence of a description, for a one-line hit. */
const oneLine = (text: string) => {
  const m = /^(.+?[.!?])(\s|$)/.exec(text);
  return (m ? m[1] : text).replace(/\s+/g, ' ');
};

function search(all: PreparedTool[], callable: Map<string, PreparedTool>, query: string, limit: number, total: number): ToolResult {
  const hits = indexOf(all)
    .search(query, { filter: (r) => callable.has(r.id as string) })
    .slice(0, limit);
  if (hits.length === 0)
    return {
      content: [
        {
          type: 'text',
          text: `No tool matches "${query.slice(0, 100)}" among the ${total} available; try other words (the record: person, lead, ticket, chat, check-in…).`,
        },
      ],
    };
  const lines = hits.map((h) => {
    const t = callable.get(h.id as string)!;
    return `${t.name} (${t.access}) ${t.title}: ${oneLine(t.description)}`;
  });
  return { content: [{ type: 'text', text: `${lines.join('\n')}\n(${DESCRIBE_TOOL} gives a tool's arguments)` }] };
}
