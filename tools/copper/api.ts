// Copper CRM Developer API v1 (../shared/api/copper.md, seed 003).
import { defineApi } from '../../src/declaration.js';

export default defineApi({
  id: 'copper',
  title: 'Copper CRM',
  baseUrl: { env: 'COPPER_BASE_URL', default: 'https://api.copper.com/developer_api/v1' },
  // 180/min rolling window (seed 003); bulk endpoints draw from an extra 3/s bucket.
  rateLimit: { env: 'COPPER_RATE_LIMIT', default: '180/60s', buckets: { bulk: '3/1s' } },
  credentials: [
    {
      env: ['COPPER_API_KEY', 'COPPER_USER_EMAIL'],
      secret: ['COPPER_API_KEY'],
      headers: (v) => ({
        'X-PW-AccessToken': v.COPPER_API_KEY,
        'X-PW-UserEmail': v.COPPER_USER_EMAIL,
        'X-PW-Application': 'developer_api',
      }),
    },
    {
      // OAuth: whether X-PW-Application is needed is UNCONFIRMED (catalog §8.10); sending it is harmless.
      env: ['COPPER_ACCESS_TOKEN'],
      secret: ['COPPER_ACCESS_TOKEN'],
      headers: (v) => ({ Authorization: `Bearer ${v.COPPER_ACCESS_TOKEN}`, 'X-PW-Application': 'developer_api' }),
    },
  ],
  headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
  // Searches return a bare array; X-PW-TOTAL is an upper bound of the total; a short page is the last.
  pagination: {
    style: 'page', in: 'body', pageParam: 'page_number', firstPage: 1,
    sizeParam: 'page_size', maxSize: 200, defaultSize: 20, walkSize: 200, totalHeader: 'x-pw-total',
  },
  errors: {
    messageFields: ['message', 'error'],
    hints: {
      400: 'The request was malformed or missed a required field: fix the arguments; it is not retryable as-is.',
      401: 'Authentication failed: check COPPER_API_KEY and COPPER_USER_EMAIL (or COPPER_ACCESS_TOKEN).',
      403: "The key's user may not access this record or action: use a user whose role allows it.",
      404: 'The record does not exist or is not visible to this user: verify the id.',
      422: 'Copper rejected a field value: read the message, correct that field and resend.',
      429: 'The 180-per-minute (or 3-per-second bulk) limit was exceeded: wait and retry.',
      500: 'An error on Copper’s side: retry later.',
    },
  },
  sandbox: () => import('./sandbox.js').then((m) => m.default),
});
