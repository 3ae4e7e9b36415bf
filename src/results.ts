// Turning upstream answers and failures into MCP tool results: compact JSON text, isError results
// that say what happened and what to do, and the result-size bound.
import type { ApiDefinition } from './declaration.js';
import type { UpstreamError } from './upstream.js';

export interface ToolResult {
  [key: string]: unknown;
  content: { type: 'text'; text: string }[];
  isError?: boolean;
}

/** Conservative o200k estimate for JSON (≈3 characters a token; English prose runs nearer 4). */
export const estimateTokens = (text: string) => Math.ceil(text.length / 3);

export const jsonResult = (value: unknown): ToolResult => ({ content: [{ type: 'text', text: JSON.stringify(value) ?? 'null' }] });

export const errorResult = (text: string): ToolResult => ({ content: [{ type: 'text', text }], isError: true });

const REASONS: Record<number, string> = {
  300: 'Multiple Choices',
  301: 'Moved Permanently',
  302: 'Found',
  303: 'See Other',
  304: 'Not Modified',
  307: 'Temporary Redirect',
  308: 'Permanent Redirect',
  400: 'Bad Request',
  401: 'Unauthorized',
  402: 'Payment Required',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  413: 'Payload Too Large',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

const GENERIC_HINTS: Record<number, string> = {
  400: 'The request was rejected as malformed: correct the arguments; it is not retryable as-is.',
  401: 'The credentials were refused: check the API key setting for this API.',
  403: 'The key may not do this: use a key whose user or plan allows it.',
  404: 'Nothing exists at that id, or it is not visible to this key: verify the id.',
  409: 'The record is in a state that conflicts with this change: read it again, then decide.',
  422: 'A field value was rejected: read the message, correct that field and resend.',
  429: 'The rate limit was reached: wait, then retry.',
  500: 'An error on the provider’s side: retry later.',
};

function hintFor(api: ApiDefinition, status: number): string | undefined {
  const own = api.errors.hints ?? {};
  return own[status] ?? GENERIC_HINTS[status] ?? (status >= 500 ? (own[500] ?? GENERIC_HINTS[500]) : undefined);
}

/** An upstream HTTP error status as a result an agent can act on. */
export function httpErrorText(
  api: ApiDefinition,
  status: number,
  upstream: { upstreamMessage?: string; code?: string },
  wrote: boolean,
): string {
  const reason = REASONS[status] ? ` ${REASONS[status]}` : '';
  const said = upstream.upstreamMessage ? `: ${upstream.upstreamMessage}` : '';
  const code = upstream.code && upstream.code !== upstream.upstreamMessage ? ` [${upstream.code}]` : '';
  const lines = [`${api.title} answered ${status}${reason}${said}${code}`];
  const hint = hintFor(api, status);
  if (hint) lines.push(`What to do: ${hint}`);
  if (wrote && status >= 500)
    lines.push('The change may or may not have been applied; it was not re-sent, so nothing is duplicated. Check before trying again.');
  return lines.join('\n');
}

/** Any failure of the call path as a tool result. */
export function failureText(api: ApiDefinition, e: UpstreamError, wrote: boolean): string {
  const d = e.detail;
  switch (e.kind) {
    case 'rate':
      return `${e.message}. Retry after ${d.retryAt?.toISOString() ?? 'a short wait'}.${d.upstreamMessage ? ` ${api.title} said: ${d.upstreamMessage}` : ''}`;
    case 'network':
    case 'timeout':
      return wrote && d.mayHaveReached !== false
        ? `${e.message}. The request may have reached ${api.title}; it was not re-sent, so nothing is duplicated. Check whether it took effect before trying again.`
        : `${e.message}${d.attempts && d.attempts > 1 ? ` after ${d.attempts} attempts` : ''}. Try again later.`;
    case 'http':
      return httpErrorText(api, d.status ?? 0, d, wrote);
    case 'redirect': {
      const status = d.status ?? 0;
      const to = d.locationHost ? `a redirect to ${d.locationHost}` : 'a redirect without a Location';
      return [
        `${api.title} answered ${status}${REASONS[status] ? ` ${REASONS[status]}` : ''}, ${to}. Redirects are never followed: the credentials go only to ${api.baseUrl.env}, and nothing was sent to the new address.`,
        `What to do: if ${api.title} has moved, set ${api.baseUrl.env} to its new address; otherwise report it to the API's provider.`,
        ...(wrote
          ? ['The change may or may not have been applied (a redirect can follow a completed write); check before trying again.']
          : []),
      ].join('\n');
    }
    default:
      return e.message;
  }
}
