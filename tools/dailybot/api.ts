// DailyBot public REST API v1 (../shared/api/dailybot.md, seed 004). Every path keeps its trailing slash.
import { defineApi } from '../../src/declaration.js';

export default defineApi({
  id: 'dailybot',
  title: 'DailyBot',
  baseUrl: { env: 'DAILYBOT_BASE_URL', default: 'https://api.dailybot.com/v1' },
  // 60 authenticated requests per minute (catalog §2); 429s carry Retry-After, which the engine honours.
  rateLimit: { env: 'DAILYBOT_RATE_LIMIT', default: '60/60s' },
  credentials: [
    {
      env: ['DAILYBOT_API_KEY'],
      secret: ['DAILYBOT_API_KEY'],
      headers: (v) => ({ 'X-API-KEY': v.DAILYBOT_API_KEY }),
    },
  ],
  headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
  // Django REST envelope {count, next, previous, results}; `next` is null on the last page, and a bare
  // array is accepted as well (catalog §3). Which scheme each list honours is UNCONFIRMED: limit/offset
  // is the documented default, page/page_size endpoints override it in their declaration.
  pagination: {
    style: 'offset', in: 'query', offsetParam: 'offset', sizeParam: 'limit',
    // UNCONFIRMED maximum: [V3] says 250, [CLI] says 100 — the lower bound is used so no request is refused.
    maxSize: 100,
    // UNCONFIRMED default: [CLI] 25, [V3] 250 — the lower one, so a bare array is only taken as the last
    // page when it is shorter than any documented default (more requests rather than missed records).
    defaultSize: 25,
    // No walkSize: a max_records walk pages with the caller's limit (or the default), as asked.
    itemsField: 'results', totalField: 'count', endField: 'next',
  },
  errors: {
    messageFields: ['detail', 'message', 'details', 'error'],
    codeField: 'code',
    hints: {
      400: 'DailyBot rejected the arguments (see the code, e.g. params_validation_error, unknown_field): correct them; not retryable as-is.',
      401: 'The API key was refused: check DAILYBOT_API_KEY (an org admin creates keys under Settings > Integrations).',
      402: 'A quota is exhausted (e.g. form responses): it needs a plan change or a new period; retrying will not help.',
      403: "The key's owner lacks the role or plan for this (e.g. plan_upgrade_required, org_admin_required): use a key whose owner may.",
      404: 'Not found or not visible to the key owner: verify the UUID (e.g. with a list tool).',
      406: 'Not allowed now: the daily kudos limit is reached, or the chat platform does not support this (open conversation needs Slack).',
      409: 'Conflicts with current state (e.g. mood already tracked for that date, workflow frozen): read the record, then decide.',
      429: 'The 60-per-minute limit was exceeded: wait for Retry-After, then retry.',
      500: 'An error on DailyBot’s side: retry later.',
    },
  },
  sandbox: () => import('./sandbox.js').then((m) => m.default),
});
