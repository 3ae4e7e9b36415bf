// The frozen HTTP+SSE transport for old clients: GET /sse opens the stream (a session, counted
// against SWITCHBOARD_MAX_SESSIONS), POST /messages?sessionId= delivers requests whose answers go
// out over the stream.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Server as McpServer } from '@modelcontextprotocol/server';
import { SSEServerTransport } from '@modelcontextprotocol/server-legacy/sse';
import type { Narrowing } from '../server.js';
import { NO_BODY } from './guard.js';
import { rpcError, sendJson } from './respond.js';
import type { SessionStore, SseSession } from './sessions.js';

export interface SseAdapterOptions {
  store: SessionStore;
  bind: (narrowing: Narrowing) => McpServer;
  readJson: (req: IncomingMessage, res: ServerResponse) => Promise<unknown>;
  /** Runs the delivery of a POST inside the call scope, with the signal its calls combine into their own. */
  inScope: <T>(signal: AbortSignal, fn: () => Promise<T>) => Promise<T>;
  /** The server-wide signal fired when a shutdown's grace period ends. */
  stopping: AbortSignal;
  full: (res: ServerResponse) => void;
  onerror: (e: Error) => void;
}

export function sseAdapter(o: SseAdapterOptions) {
  const { store } = o;

  async function open(res: ServerResponse, narrowing: Narrowing): Promise<void> {
    if (!store.makeRoom()) return o.full(res);
    const transport = new SSEServerTransport('/messages', res);
    // Linked to the server-wide signal while the stream lives (so that signal gathers no listeners).
    const streamStop = new AbortController();
    const stop = () => streamStop.abort(o.stopping.reason);
    o.stopping.addEventListener('abort', stop, { once: true });
    const session: SseSession = {
      transport,
      server: o.bind(narrowing),
      pending: new Set(),
      stopped: streamStop.signal,
      agent: narrowing.agent,
      lastSeen: Date.now(),
      posts: 0,
    };
    // Calls answered over the stream are in flight until their response is sent (graceful shutdown).
    const send = transport.send.bind(transport);
    transport.send = async (message, options) => {
      await send(message, options);
      if ('id' in message && !('method' in message)) session.pending.delete(message.id as string | number);
    };
    store.sse.set(transport.sessionId, session);
    transport.onclose = () => {
      o.stopping.removeEventListener('abort', stop);
      if (store.sse.get(transport.sessionId) === session) store.sse.delete(transport.sessionId);
    };
    transport.onerror = o.onerror;
    await session.server.connect(transport);
  }

  async function deliver(req: IncomingMessage, res: ServerResponse, url: URL, narrowing: Narrowing): Promise<void> {
    const id = url.searchParams.get('sessionId');
    if (!id) return sendJson(res, 400, rpcError(-32000, 'Missing sessionId parameter'));
    const session = store.sse.get(id);
    if (!session || session.agent !== narrowing.agent) return sendJson(res, 404, rpcError(-32001, 'Session not found'));
    store.hold(store.sse, id, session, req, res);
    const body = await o.readJson(req, res);
    if (body === NO_BODY) return;
    for (const m of Array.isArray(body) ? body : [body]) {
      if (m && typeof m === 'object' && 'method' in m && 'id' in m) session.pending.add((m as { id: string | number }).id);
    }
    await o.inScope(session.stopped, () => session.transport.handlePostMessage(req, res, body));
  }

  /** GET /sse or POST /messages. */
  return async function handleSse(req: IncomingMessage, res: ServerResponse, url: URL, narrowing: Narrowing): Promise<void> {
    if (url.pathname === '/sse') {
      if (req.method !== 'GET') return sendJson(res, 405, rpcError(-32000, 'Method not allowed'), { allow: 'GET' });
      return open(res, narrowing);
    }
    if (req.method !== 'POST') return sendJson(res, 405, rpcError(-32000, 'Method not allowed'), { allow: 'POST' });
    return deliver(req, res, url, narrowing);
  };
}
