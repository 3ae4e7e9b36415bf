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
  // Django REST envelope {count, next, previous, results}; `next` is the full URL of the next page, null
  // on the last (catalog §3). The sources disagree on the paging parameters ([V3]: limit/offset, default and
  // max 250; [CLI]: page/page_size, default 25, max 100), so a walk follows `next` with whatever query
  // parameters it carries and never computes an offset; the agent passes that position back as the opaque
  // `cursor`. A bare array is accepted as a last page as well.
  pagination: {
    style: 'link', in: 'query', cursorParam: 'cursor', cursorField: 'next', sizeParam: 'limit',
    // UNCONFIRMED maximum: [V3] says 250, [CLI] says 100 — the lower bound is used so no request is refused.
    maxSize: 100,
    // UNCONFIRMED default: [CLI] 25, [V3] 250 — the lower one.
    defaultSize: 25,
    itemsField: 'results', totalField: 'count',
  },
  // Top-level fields of each resource's records, as the catalog's sources show them (§6; [CLI] for forms and
  // form responses). Fields the sandbox adds beyond a source are marked UNCONFIRMED where they appear.
  records: {
    user: ['uuid', 'full_name', 'image', 'role', 'is_active', 'bot_enabled', 'timezone', 'occupation', 'birth_date', 'chat_platform_data', 'work_days', 'timeoff_start', 'timeoff_end', 'hour_init_work', 'anniversary', 'email', 'organization', 'user', 'organization_uuid', 'organization_name'],
    organization: ['uuid', 'name', 'plan_name', 'timezone', 'members_count', 'created_at'],
    // Invitation records: UNCONFIRMED shape (no source shows one).
    invitation: ['id', 'email', 'external_id', 'is_guest', 'status', 'invited_by', 'created_at'],
    team: ['uuid', 'name', 'active', 'is_default', 'members_count'],
    team_member: ['team_uuid', 'user_uuid', 'is_manager'],
    checkin: ['id', 'name', 'active', 'can_be_edited', 'frequency_type', 'frequency', 'frequency_on_days', 'is_anonymous', 'team_uuid', 'questions', 'created_at', 'updated_at'],
    checkin_response: ['uuid', 'checkin_uuid', 'user', 'response_date', 'responses', 'is_completed', 'created_at'],
    template: ['id', 'name', 'type', 'system_default', 'questions'],
    form: ['uuid', 'name', 'is_archived', 'owner', 'has_workflow', 'questions', 'workflow_states', 'created_at'],
    form_response: ['id', 'form_uuid', 'user', 'current_state', 'allowed_transitions', 'can_change_state', 'state_history', 'content', 'edited', 'created_at'],
    kudos: ['id', 'parent', 'user', 'receivers', 'company_value', 'content', 'is_anonymous', 'by_dailybot', 'metadata', 'created_at', 'boosted_by'],
    workflow: ['uuid', 'name', 'description', 'trigger_type', 'active', 'visible', 'action_summary', 'metadata', 'owner', 'user_can_update', 'user_can_delete', 'total_runs', 'last_run_at', 'created_at', 'updated_at'],
    workflow_log: ['id', 'workflow_uuid', 'status', 'trigger', 'payload', 'started_at', 'finished_at'],
    webhook: ['hook_id', 'hook_url', 'name', 'subscriptions', 'subscribed_objects', 'created_at'],
    mood: ['user', 'date', 'score', 'created_at'],
    important_date: ['uuid', 'user', 'name', 'is_specific_date', 'start_date', 'end_date', 'important_date_type', 'metadata'],
    agent_report: ['uuid', 'agent_name', 'content', 'structured', 'metadata', 'is_milestone', 'co_authors', 'created_at'],
    message: ['bot_message_id', 'thread_responses'],
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
