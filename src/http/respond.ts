// Small response helpers shared by the HTTP modules: JSON-RPC error bodies and plain JSON answers.
import type { ServerResponse } from 'node:http';

/** A refusal decided before the SDK sees the request: an HTTP status and a JSON-RPC error. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code = -32600,
  ) {
    super(message);
  }
}

export const rpcError = (code: number, message: string) => ({ jsonrpc: '2.0', error: { code, message }, id: null });

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent) return void res.end();
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/** Writes a web Response (the SDK's bearer challenge) to a node response. */
export async function sendResponse(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((v, k) => {
    headers[k] = v;
  });
  res.writeHead(response.status, headers);
  res.end(await response.text());
}
