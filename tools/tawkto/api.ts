// tawk.to REST API v1 (../shared/api/tawkto.md, seed 002): RPC-style methods, every one a POST of a
// JSON body to `/<method>`, every answer an `{ok, data | error, message}` envelope.
import { defineApi } from '../../src/declaration.js';

export default defineApi({
  id: 'tawkto',
  title: 'tawk.to',
  baseUrl: { env: 'TAWK_BASE_URL', default: 'https://api.tawk.to/v1' },
  // No numeric limit is published (UNCONFIRMED, catalog §6). Seen: ~5-6 creates back-to-back drew a 429,
  // and a working client keeps one request in flight 350 ms apart (≈2.9/s). 2/1s stays under both.
  rateLimit: { env: 'TAWK_RATE_LIMIT', default: '2/1s' },
  credentials: [
    {
      // HTTP Basic with the key as user name; the password is ignored (empty here, as most clients send).
      env: ['TAWK_API_KEY'],
      secret: ['TAWK_API_KEY'],
      headers: (v) => ({ Authorization: `Basic ${Buffer.from(`${v.TAWK_API_KEY}:`).toString('base64')}` }),
    },
    {
      env: ['TAWK_ACCESS_TOKEN'],
      secret: ['TAWK_ACCESS_TOKEN'],
      headers: (v) => ({ Authorization: `Bearer ${v.TAWK_ACCESS_TOKEN}` }),
    },
  ],
  headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
  // chat.list / ticket.list: body `offset` + `size`, answer `{ok, total, data: [...]}` (catalog §4; the
  // offset-vs-page conflict is settled for offset, which [PH] confirms). Maximum size UNCONFIRMED (50 to
  // 1000 seen): 50 is the lowest claimed cap, so a clamped page is never taken for the short last page.
  // No defaultSize: the upstream default is unknown, so without `size` a page is never assumed short
  // (more requests rather than missed records). No walkSize: a max_records walk uses the caller's size.
  pagination: {
    style: 'offset', in: 'body', offsetParam: 'offset', sizeParam: 'size',
    maxSize: 50, itemsField: 'data', totalField: 'total',
  },
  errors: {
    okField: 'ok',
    messageFields: ['message', 'error'],
    codeField: 'error',
    hints: {
      // A 200 whose body says ok:false (tawk.to may fail without an error status).
      200: 'tawk.to reported a failure (ok: false): act on the error code; nothing suggests a retry helps.',
      400: 'validation_error: the message names the failing field; fix it and resend.',
      401: 'auth_error: check TAWK_API_KEY (or TAWK_ACCESS_TOKEN); REST access must have been approved by tawk.to.',
      403: 'forbidden: the OAuth token lacks this method\u2019s scope, or the user may not act on this property.',
      404: 'not_found: verify the ids (propertyId first; list tools give them).',
      409: 'conflict: the resource is locked or in a conflicting state; read it again, then decide.',
      429: 'rate_limited: wait a few seconds and retry; lower TAWK_RATE_LIMIT if it recurs.',
      500: 'An error on tawk.to\u2019s side: retry later.',
    },
  },
  // Top-level fields of each resource's records (catalog §3; UNCONFIRMED beyond what the sources show). The
  // sandbox keeps `propertyId` on every property-scoped record so lists can be scoped by it.
  records: {
    property: ['propertyId', 'name', 'type', 'enabled', 'siteUrl', 'createdOn', 'updatedOn'],
    member: ['id', 'propertyId', 'name', 'email', 'role', 'enabled', 'permissions', 'status', 'properties'],
    invite: ['id', 'propertyId', 'email', 'role', 'createdOn', 'updatedOn'],
    chat: ['id', 'propertyId', 'createdOn', 'updatedOn', 'personId', 'status', 'visitor', 'messages'],
    ticket: ['id', 'humanId', 'propertyId', 'status', 'subject', 'message', 'requester', 'createdOn', 'updatedOn', 'events'],
    contact: ['id', 'propertyId', 'name', 'jobTitle', 'primaryEmail', 'emails', 'primaryPhone', 'phones', 'avatar', 'socialProfiles', 'tags', 'organizationId', 'userId', 'device', 'location', 'webSession', 'liveChat', 'ticket', 'firstSeenOn', 'lastSeenOn', 'customAttributes', 'customEvents', 'createdOn', 'updatedOn'],
    contact_attribute: ['propertyId', 'key', 'object', 'label', 'dataType', 'fullPath'],
    widget: ['id', 'propertyId', 'name', 'settings', 'createdOn', 'updatedOn'],
    widget_card: ['id', 'propertyId', 'widgetId', 'type', 'title', 'url', 'createdOn', 'updatedOn'],
    widget_api_key: ['id', 'propertyId', 'widgetId', 'key', 'createdOn', 'updatedOn'],
    tab: ['id', 'propertyId', 'type', 'name', 'position', 'createdOn', 'updatedOn'],
    kb: ['propertyId', 'title', 'description', 'language', 'subdomain', 'domain', 'domainCandidates', 'published', 'font', 'widgetId'],
    kb_site: ['id', 'propertyId', 'language', 'title', 'description', 'primary', 'enabled', 'widgetId', 'banner', 'ticketForm', 'header', 'links'],
    kb_site_link: ['id', 'propertyId', 'siteId', 'label', 'url', 'createdOn', 'updatedOn'],
    kb_category: ['id', 'propertyId', 'name', 'slug', 'description', 'parent', 'position', 'icon', 'sites', 'articlesCount', 'hasChildren', 'createdAt', 'updatedAt'],
    kb_article: ['id', 'propertyId', 'meta', 'content'],
    webhook: ['id', 'propertyId', 'name', 'url', 'events', 'enabled', 'createdOn', 'updatedOn'],
    metric: ['propertyId', 'startDate', 'endDate', 'chats', 'messages', 'visitorMessages', 'agentMessages', 'total', 'responses', 'byAgent'],
  },
  recordField: 'data',
  // No Retry-After is documented; retries after a few seconds worked (catalog §6).
  retryAfterDefaultMs: 3000,
  sandbox: () => import('./sandbox.js').then((m) => m.default),
});
