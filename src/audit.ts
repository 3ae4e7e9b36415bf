// The audit log: one JSON line per tool call, in plain language, with secrets and free text redacted.
// Appending never fails a call; a write failure is reported on stderr once.
import { closeSync, openSync, writeSync } from 'node:fs';
import type { Access } from './declaration.js';
import { log } from './log.js';

export interface AuditEntry {
  time: string;
  /** One id per call: a write's intent and outcome lines share it. */
  call_id: string;
  /** Writes only: `intent` is written before the request leaves, `outcome` after. */
  phase?: 'intent' | 'outcome';
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
  /** The policy file's agent that made the call (its token or --agent); null without agents. */
  agent: string | null;
  summary: string;
  /** `pending` on a write's intent line. */
  outcome: 'ok' | 'error' | 'pending';
  args: Record<string, unknown>;
  /** Set when the call came through discovery mode's switchboard_call_* meta-tools (`tool` is the inner tool). */
  mode?: 'discovery';
}

/** Argument names whose values are secrets, and free text that may carry personal data. */
const SECRET_KEY = /secret|token|password|passwd|api[_-]?key|authorization|credential|bearer/i;
const FREE_TEXT = new Set([
  'details',
  'description',
  'body',
  'message',
  'msg',
  'text',
  'content',
  'note',
  'notes',
  'comment',
  'comments',
  'answer',
  'answers',
  'reply',
  'subject',
  'html',
  'question',
  'response',
  'responses',
  'feedback',
]);

export function redactArgs(value: unknown, key = ''): unknown {
  if (SECRET_KEY.test(key)) return '[secret]';
  if (FREE_TEXT.has(key.toLowerCase()) && value !== null && value !== undefined) return '[free text]';
  if (Array.isArray(value)) return value.map((v) => redactArgs(v, key));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactArgs(v, k)]));
  if (typeof value === 'string' && value.length > 200) return `[${value.length} characters]`;
  return value;
}

const PAST: Record<string, string> = {
  create: 'created',
  update: 'updated',
  replace: 'replaced',
  delete: 'deleted',
  remove: 'removed',
  get: 'read',
  fetch: 'fetched',
  search: 'searched',
  list: 'listed',
  convert: 'converted',
  send: 'sent',
  cancel: 'cancelled',
  mark: 'marked',
  add: 'added',
  set: 'set',
  start: 'started',
  end: 'ended',
  close: 'closed',
  open: 'opened',
  archive: 'archived',
  upload: 'uploaded',
  download: 'downloaded',
};

/** "created person 123", "listed chat: 20 records", "denied: delete person — policy level read". */
export function summarize(
  tool: string,
  resource: string,
  decision: 'allowed' | 'denied',
  outcome: 'ok' | 'error',
  ids: (string | number)[],
  count?: number,
  reason?: string,
  status?: number,
): string {
  const verb = tool.split('_')[1] ?? 'call';
  const what = resource.replace(/_/g, ' ');
  if (decision === 'denied') return `denied: ${verb} ${what} — ${reason ?? 'not allowed'}`;
  if (outcome === 'error')
    return `failed: ${verb} ${what}${ids.length ? ` ${ids.join(', ')}` : ''}${status ? ` (upstream ${status})` : ''}`;
  const done = PAST[verb] ?? `${verb} (done)`;
  return `${done} ${what}${ids.length ? ` ${ids.join(', ')}` : ''}${count !== undefined ? `: ${count} record${count === 1 ? '' : 's'}` : ''}`;
}

export class AuditLog {
  private fd?: number;
  private failed = false;

  constructor(private readonly target: string) {}

  /**
   * Appends one line synchronously: a line written is on its way to disk before the call goes on, so a
   * process killed right after still leaves it (a write's intent line is written before the request
   * leaves). A log that cannot be written never fails a call; stderr says so once.
   */
  write(entry: AuditEntry): void {
    const line = `${JSON.stringify(entry)}\n`;
    if (this.target === '-') {
      process.stderr.write(line);
      return;
    }
    if (this.failed) return;
    try {
      // Opened on the first call, not at start-up (stdio clients may spawn a probe process first).
      this.fd ??= openSync(this.target, 'a');
      writeSync(this.fd, line);
    } catch (e) {
      this.failed = true;
      log(
        `audit log ${this.target} cannot be written (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); calls go on without it`,
      );
    }
  }

  close(): Promise<void> {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    return Promise.resolve();
  }
}
