// The live 2025-era sessions: Streamable HTTP ones keyed by Mcp-Session-Id, and legacy SSE streams
// keyed by their sessionId. Both count against one cap (SWITCHBOARD_MAX_SESSIONS), because each
// holds a bound SDK server (~0.4 MB) until it is ended, evicted or swept.
//
// At the cap the least recently used idle session is evicted: 2025 clients rarely send DELETE, so
// abandoned sessions would otherwise fill the cap and lock every new client out until the idle
// sweep (30 minutes by default). An evicted client that is still alive gets 404 on its next request,
// which the protocol answers by initializing again. Only when every session has a call in flight
// does a new one get 503: evicting a busy session would cut off work in progress.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NodeStreamableHTTPServerTransport } from '@modelcontextprotocol/node';
import type { Server as McpServer } from '@modelcontextprotocol/server';
import type { SSEServerTransport } from '@modelcontextprotocol/server-legacy/sse';

interface SessionBase {
  server: McpServer;
  /** When a request last arrived or ended: the eviction order and the idle sweep read it. */
  lastSeen: number;
  /** POSTs in progress: a session with one is busy and never evicted. */
  posts: number;
  /** The agent that opened it: another agent's token cannot use it. */
  agent?: string;
}

export interface StreamableSession extends SessionBase {
  transport: NodeStreamableHTTPServerTransport;
  /** Requests in progress, GET streams included: the idle sweep spares a session with any. */
  active: number;
}

export interface SseSession extends SessionBase {
  transport: SSEServerTransport;
  /** Calls whose answers are still to be sent over the stream. */
  pending: Set<string | number>;
  /** Fires when the server stops: answers go out over the stream after their POST closed, so calls are stopped per stream. */
  stopped: AbortSignal;
}

export class SessionStore {
  // Map order is least recently used first: touch() moves a session to the end.
  readonly streamable = new Map<string, StreamableSession>();
  readonly sse = new Map<string, SseSession>();
  private readonly sweep: NodeJS.Timeout;

  constructor(
    readonly maxSessions: number,
    idleMs: number,
  ) {
    this.sweep = setInterval(
      () => {
        const cutoff = Date.now() - idleMs;
        for (const [id, session] of this.streamable) {
          if (session.active === 0 && session.lastSeen < cutoff) this.end(this.streamable, id, session);
        }
      },
      Math.min(Math.max(idleMs / 4, 250), 60_000),
    );
    this.sweep.unref();
  }

  get size(): number {
    return this.streamable.size + this.sse.size;
  }

  /**
   * Makes room for one more session: true when there is room (after evicting the least recently
   * used idle session if the cap was reached), false when every session is busy.
   */
  makeRoom(): boolean {
    if (this.size < this.maxSessions) return true;
    const idleStreamable = first(this.streamable, (s) => s.posts === 0);
    const idleSse = first(this.sse, (s) => s.posts === 0 && s.pending.size === 0);
    const evict = !idleSse || (idleStreamable && idleStreamable[1].lastSeen <= idleSse[1].lastSeen) ? idleStreamable : idleSse;
    if (!evict) return false;
    if (evict === idleStreamable) this.end(this.streamable, ...idleStreamable);
    else this.end(this.sse, ...idleSse!);
    return true;
  }

  /** Marks a request on a session: it is busy until the response closes (POSTs) and recently used. */
  hold<S extends StreamableSession | SseSession>(
    map: Map<string, S>,
    id: string,
    session: S,
    req: IncomingMessage,
    res: ServerResponse,
  ): void {
    const post = req.method === 'POST';
    if (post) session.posts++;
    if ('active' in session) session.active++;
    touch(map, id, session);
    res.once('close', () => {
      if (post) session.posts--;
      if ('active' in session) session.active--;
      session.lastSeen = Date.now();
    });
  }

  end<S extends StreamableSession | SseSession>(map: Map<string, S>, id: string, session: S): void {
    if (map.get(id) === session) map.delete(id);
    void session.server.close().catch(() => {});
  }

  async closeAll(): Promise<void> {
    clearInterval(this.sweep);
    await Promise.allSettled([...this.streamable.values(), ...this.sse.values()].map((s) => s.server.close()));
    this.streamable.clear();
    this.sse.clear();
  }
}

function touch<S extends SessionBase>(map: Map<string, S>, id: string, session: S): void {
  session.lastSeen = Date.now();
  if (map.get(id) !== session) return;
  map.delete(id);
  map.set(id, session);
}

function first<S>(map: Map<string, S>, idle: (s: S) => boolean): [string, S] | undefined {
  for (const entry of map) if (idle(entry[1])) return entry;
  return undefined;
}
