// Copilot (client portal, now also "Assembly") public REST API v1 (../shared/api/copilot.md, seeds 000, 001).
import { defineApi } from '../../src/declaration.js';

export default defineApi({
  id: 'copilot',
  title: 'Copilot',
  // api.assembly.com is the same API after the rebrand (catalog §1); the base URL is configurable.
  baseUrl: { env: 'COPILOT_BASE_URL', default: 'https://api.copilot.com/v1' },
  // 20 requests per second (seeds 000, 001). The monthly plan quota is not enforced here.
  rateLimit: { env: 'COPILOT_RATE_LIMIT', default: '20/1s' },
  credentials: [{ env: ['COPILOT_API_KEY'], secret: ['COPILOT_API_KEY'], headers: (v) => ({ 'X-API-KEY': v.COPILOT_API_KEY }) }],
  headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
  // `{data, nextToken}`; `data` may be null (an empty page) and nextToken may appear on any list (catalog §2).
  pagination: {
    style: 'cursor', in: 'query', cursorParam: 'nextToken', cursorField: 'nextToken', sizeParam: 'limit',
    // The maximum `limit` is UNCONFIRMED (one first-party app asks for 5,000 clients): 100, the SDK's default
    // for most lists, is the ceiling, so no page size the API has not been seen to serve is ever sent.
    maxSize: 100, defaultSize: 100, walkSize: 100, itemsField: 'data',
  },
  // Error body `{code, message, data}` (catalog §3); the list of codes is UNCONFIRMED, so only message and code are read.
  errors: {
    messageFields: ['message'],
    codeField: 'code',
    hints: {
      400: 'A parameter is missing or invalid: read the message, correct the arguments and resend.',
      401: 'No valid API key: check COPILOT_API_KEY (Settings > API in the Copilot dashboard).',
      403: "The key's workspace or plan may not do this: use a key that is allowed to.",
      404: 'The record does not exist or is not visible to this key: verify the id.',
      429: 'Over 20 requests per second, or the monthly plan quota is used up: wait a second and retry; if it persists, the monthly quota is spent.',
      500: 'An error on Copilot’s side: retry later.',
    },
  },
  // Seed 001: after a 429, "subsequent requests will succeed after one second"; no Retry-After is documented.
  retryAfterDefaultMs: 1000,
  sandbox: () => import('./sandbox.js').then((m) => m.default),
});
