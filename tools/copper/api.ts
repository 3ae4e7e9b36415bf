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
  // Top-level record fields as Copper returns them (the 2019 docs' example responses, catalog §3).
  records: {
    person: ['id', 'name', 'prefix', 'first_name', 'middle_name', 'last_name', 'suffix', 'address', 'assignee_id', 'company_id', 'company_name', 'contact_type_id', 'details', 'emails', 'phone_numbers', 'socials', 'tags', 'title', 'websites', 'custom_fields', 'interaction_count', 'date_last_contacted', 'date_created', 'date_modified'],
    company: ['id', 'name', 'address', 'assignee_id', 'contact_type_id', 'details', 'email_domain', 'phone_numbers', 'socials', 'tags', 'websites', 'custom_fields', 'interaction_count', 'date_created', 'date_modified'],
    lead: ['id', 'name', 'prefix', 'first_name', 'middle_name', 'last_name', 'suffix', 'address', 'assignee_id', 'company_name', 'customer_source_id', 'details', 'email', 'interaction_count', 'monetary_unit', 'monetary_value', 'socials', 'status', 'status_id', 'tags', 'title', 'websites', 'phone_numbers', 'custom_fields', 'date_created', 'date_modified'],
    opportunity: ['id', 'name', 'assignee_id', 'close_date', 'company_id', 'company_name', 'customer_source_id', 'details', 'loss_reason_id', 'monetary_unit', 'monetary_value', 'pipeline_id', 'pipeline_stage_id', 'primary_contact_id', 'priority', 'status', 'tags', 'interaction_count', 'win_probability', 'date_stage_changed', 'date_last_contacted', 'leads_converted_from', 'date_lead_created', 'custom_fields', 'date_created', 'date_modified'],
    task: ['id', 'name', 'related_resource', 'assignee_id', 'due_date', 'reminder_date', 'completed_date', 'priority', 'status', 'details', 'tags', 'custom_fields', 'date_created', 'date_modified'],
    project: ['id', 'name', 'related_resource', 'assignee_id', 'status', 'details', 'tags', 'custom_fields', 'date_created', 'date_modified'],
    activity: ['id', 'parent', 'type', 'user_id', 'details', 'activity_date', 'old_value', 'new_value', 'date_created', 'date_modified'],
    pipeline: ['id', 'name', 'stages'],
    pipeline_stage: ['id', 'name', 'pipeline_id', 'win_probability'],
    custom_field: ['id', 'name', 'canonical_name', 'data_type', 'available_on', 'is_filterable', 'currency', 'options'],
    account: ['id', 'name', 'primary_timezone', 'settings'],
    user: ['id', 'name', 'email', 'groups'],
    webhook: ['id', 'target', 'type', 'event', 'secret', 'headers', 'custom_field_computed_values', 'created_at'],
    lead_status: ['id', 'name', 'order', 'is_default'],
    customer_source: ['id', 'name'],
    contact_type: ['id', 'name'],
    loss_reason: ['id', 'name'],
    activity_type: ['user', 'system'],
    // Connect-field links (custom-fields/connect-fields/*.md); the ends carry {id, entity_type, name}.
    connection: ['id', 'custom_field_definition_id', 'source', 'target'],
    // Related Items answer {id, type}; the sandbox keeps each relation as {id, source, target}.
    related_item: ['id', 'type'],
    relation: ['id', 'source', 'target'],
  },
  sandbox: () => import('./sandbox.js').then((m) => m.default),
});
