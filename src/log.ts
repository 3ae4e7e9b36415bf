// Every log line goes to stderr: on stdio, stdout carries only JSON-RPC.
export const log = (...parts: unknown[]) => process.stderr.write(`[switchboard-mcp] ${parts.map(String).join(' ')}\n`);
