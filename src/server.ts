// Binding prepared tools to an McpServer. A factory call only registers what buildCatalog prepared
// (schemas, annotations, executables are shared), so a server per connection or per request is cheap.
import { McpServer } from '@modelcontextprotocol/server';
import type { Catalog, PreparedTool } from './registry.js';
import type { Executor } from './executor.js';

export const SERVER_INFO = { name: 'switchboard-mcp', version: process.env.SWITCHBOARD_VERSION_OVERRIDE ?? '0.1.0' };

export function createServerFactory(catalog: Catalog, executor: Executor, pick: (t: PreparedTool) => boolean = () => true) {
  return (): McpServer => {
    const server = new McpServer(SERVER_INFO, { capabilities: { tools: { listChanged: false } } });
    for (const tool of catalog.tools) {
      if (!pick(tool)) continue;
      server.registerTool(tool.name, tool.config, (args, ctx) =>
        executor.execute(tool.exec, args as Record<string, unknown>, {
          signal: ctx.mcpReq.signal,
          progressToken: ctx.mcpReq._meta?.progressToken as string | number | undefined,
          notify: (n) => ctx.mcpReq.notify(n as never),
        }),
      );
    }
    return server;
  };
}
