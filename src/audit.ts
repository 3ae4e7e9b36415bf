// The audit log: one JSON line per tool call, in plain language, with secrets and free text redacted.
// Appending never blocks or fails a call; a write failure is reported on stderr once.
import { createWriteStream, type WriteStream } from 'node:fs';
import type { Access } from './declaration.js';
import { log } from './log.js';

export interface AuditEntry {
  time: string;
  tool: string;
  api: string;
  resource: string;
  access: Access;
  level?: string;
  decision: 'allowed' | 'denied';
  reason?: string;
  status?: number;
  attempts?: number;
  duration_ms: number;
  ids: (string | number)[];
  summary: string;
  outcome: 'ok' | 'error';
  args: Record<string, unknown>;
}

/** Argument names whose values are secrets, and free text that may carry personal data. */
const SECRET_KEY = /secret|token|password|passwd|api[_-]?key|authorization|credential|bearer/i;
const FREE_TEXT = new Set(['details', 'description', 'body', 'message', 'msg', 'text', 'content', 'note', 'notes', 'comment', 'comments', 'answer', 'answers', 'reply', 'subject', 'html', 'question', 'response', 'responses', 'feedback']);

export function redactArgs(value: unknown, key = ''): unknown {
  if (SECRET_KEY.test(key)) return '[secret]';
  if (FREE_TEXT.has(key.toLowerCase()) && value !== null && value !== undefined) return '[free text]';
  if (Array.isArray(value)) return value.map((v) => redactArgs(v, key));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactArgs(v, k)]));
  if (typeof value === 'string' && value.length > 200) return `[${value.length} characters]`;
  return value;
}

const PAST: Record<string, string> = {
  create: 'created', update: 'updated', replace: 'replaced', delete: 'deleted', remove: 'removed', get: 'read', fetch: 'fetched',
  search: 'searched', list: 'listed', convert: 'converted', send: 'sent', cancel: 'cancelled', mark: 'marked', add: 'added',
  set: 'set', start: 'started', end: 'ended', close: 'closed', open: 'opened', archive: 'archived', upload: 'uploaded', download: 'downloaded',
};

/** "created person 123", "listed chat: 20 records", "denied: delete person — policy level read". */
export function summarize(tool: string, resource: string, decision: 'allowed' | 'denied', outcome: 'ok' | 'error', ids: (string | number)[], count?: number, reason?: string, status?: number): string {
  const verb = tool.split('_')[1] ?? 'call';
  const what = resource.replace(/_/g, ' ');
  if (decision === 'denied') return `denied: ${verb} ${what} — ${reason ?? 'not allowed'}`;
  if (outcome === 'error') return `failed: ${verb} ${what}${ids.length ? ` ${ids.join(', ')}` : ''}${status ? ` (upstream ${status})` : ''}`;
  const done = PAST[verb] ?? `${verb} (done)`;
  return `${done} ${what}${ids.length ? ` ${ids.join(', ')}` : ''}${count !== undefined ? `: ${count} record${count === 1 ? '' : 's'}` : ''}`;
}

export class AuditLog {
  private stream?: WriteStream;
  private failed = false;

  constructor(private readonly target: string) {}

  write(entry: AuditEntry): void {
    const line = JSON.stringify(entry) + '\n';
    if (this.target === '-') {
      process.stderr.write(line);
      return;
    }
    if (this.failed) return;
    // Opened on the first call, not at start-up (stdio clients may spawn a probe process first).
    this.stream ??= createWriteStream(this.target, { flags: 'a' }).on('error', (e) => {
      if (!this.failed) log(`audit log ${this.target} cannot be written (${(e as NodeJS.ErrnoException).code ?? e.message}); calls go on without it`);
      this.failed = true;
    });
    this.stream.write(line);
  }

  close(): Promise<void> {
    return new Promise((r) => (this.stream ? this.stream.end(r) : r()));
  }
}
