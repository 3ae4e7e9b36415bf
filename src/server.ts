// Binding prepared tools to an McpServer. A factory call only registers what buildCatalog prepared
// (schemas, annotations, executables are shared), so a server per connection or per request is cheap.
import { McpServer } from '@modelcontextprotocol/server';
import { selects, type Catalog, type Selection } from './registry.js';
import type { Executor } from './executor.js';

export const SERVER_INFO = { name: 'switchboard-mcp', version: process.env.SWITCHBOARD_VERSION_OVERRIDE ?? '0.1.0' };

/** A narrower view for one connection or request (HTTP headers); it can only remove, never add. */
export type Narrowing = Selection;

export type ServerFactory = (opts?: { narrowing?: Narrowing }) => McpServer;

export function createServerFactory(catalog: Catalog, executor: Executor): ServerFactory {
  return (opts = {}) => {
    const narrowing = opts.narrowing ?? {};

    // logging: clients may set a level (2025 era); the server sends no log notifications itself.
    const server = new McpServer(SERVER_INFO, { capabilities: { tools: { listChanged: false }, logging: {} } });
    for (const tool of catalog.tools) {
      if (!selects(narrowing, catalog.policy, tool.exec.api.def.id, tool.exec.decl)) continue;
      server.registerTool(tool.name, tool.config, (args, ctx) =>
        executor.execute(tool.exec, args as Record<string, unknown>, {
          signal: ctx.mcpReq.signal,
          progressToken: ctx.mcpReq._meta?.progressToken as string | number | undefined,
          notify: (n) => ctx.mcpReq.notify(n as never),
          readOnly: narrowing.readOnly,
          policyProfile: narrowing.policyProfile,
        }),
      );
    }
    return server;
  };
}
