// DailyBot sandbox: a sample organization and the routes the generic emulator cannot infer —
// records keyed by `uuid`, nested paths, bare-array lists, empty 204 answers, sends and kudos.
import type { SandboxDefinition, SandboxRequest, SandboxResult, SandboxStore } from '../../src/declaration.js';

type Rec = Record<string, any>;
type Route = (req: SandboxRequest, store: SandboxStore) => SandboxResult;

/** A stable, well-formed UUID per kind and number: `uid(1, 7)` = 00000001-0000-4000-8000-000000000007. */
const uid = (kind: number, i: number) => `${String(kind).padStart(8, '0')}-0000-4000-8000-${String(i).padStart(12, '0')}`;
const today = () => new Date().toISOString().slice(0, 10);
const daysAgo = (n: number) => new Date(Date.UTC(2026, 0, 20) - n * 86400000).toISOString().slice(0, 10);
const T = (d: string) => `${d}T09:00:00Z`;

const ORG = { uuid: uid(9, 1), name: 'Sandbox Co', plan_name: 'Business' };
const first = ['Ada', 'Grace', 'Alan', 'Edsger', 'Barbara', 'Donald', 'Frances', 'Ken', 'Margaret', 'Dennis'];
const last = ['Lovelace', 'Hopper', 'Turing', 'Dijkstra', 'Liskov', 'Knuth', 'Allen', 'Thompson', 'Hamilton', 'Ritchie'];
const zones = ['Europe/Berlin', 'America/New_York', 'Asia/Tokyo'];

const user: Rec[] = Array.from({ length: 30 }, (_, i) => ({
  uuid: uid(1, i + 1),
  full_name: `${first[i % 10]} ${last[(i * 3) % 10]}`,
  image: `https://avatars.sandbox.example/${i + 1}.png`,
  role: i === 0 ? 'admin' : i % 7 === 0 ? 'manager' : 'member',
  is_active: i !== 29,
  bot_enabled: true,
  timezone: zones[i % 3],
  occupation: ['Engineer', 'Designer', 'Product manager', 'Support'][i % 4],
  birth_date: `${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
  work_days: [1, 2, 3, 4, 5],
  timeoff_start: null,
  timeoff_end: null,
  hour_init_work: '09:00:00',
}));
const emailOf = (u: Rec) => `${u.full_name.toLowerCase().replace(/[^a-z]+/g, '.')}.${Number(u.uuid.slice(-3))}@sandbox.example`;
const ref = (u: Rec) => ({ uuid: u.uuid, full_name: u.full_name, image: u.image });
const me = user[0];

const team = [
  { uuid: uid(2, 1), name: 'Engineering', active: true, is_default: true },
  { uuid: uid(2, 2), name: 'Design', active: true, is_default: false },
  { uuid: uid(2, 3), name: 'Support', active: true, is_default: false },
];
const team_member = user.flatMap((u, i) => [{ team_uuid: team[i % 3].uuid, user_uuid: u.uuid, is_manager: i < 3 }]);

const standupQuestions = [
  { uuid: uid(4, 1), index: 0, question: 'What did you do yesterday?', question_type: 'text', required: true },
  { uuid: uid(4, 2), index: 1, question: 'What will you do today?', question_type: 'text', required: true },
  { uuid: uid(4, 3), index: 2, question: 'Any blockers?', question_type: 'text', required: false, is_blocker: true },
];
const checkin = [
  { id: uid(3, 1), name: 'Daily standup', active: true, can_be_edited: true, frequency_type: 'weekly', frequency: 1, frequency_on_days: [1, 2, 3, 4, 5], is_anonymous: false, team_uuid: team[0].uuid, questions: standupQuestions },
  { id: uid(3, 2), name: 'Weekly retro', active: true, can_be_edited: true, frequency_type: 'weekly', frequency: 1, frequency_on_days: [5], is_anonymous: false, team_uuid: team[1].uuid, questions: [{ uuid: uid(4, 4), index: 0, question: 'What went well?', question_type: 'text', required: true }] },
  { id: uid(3, 3), name: 'Team pulse', active: false, can_be_edited: false, frequency_type: 'monthly', frequency: 1, frequency_on_days: [1], is_anonymous: true, team_uuid: team[2].uuid, questions: [{ uuid: uid(4, 5), index: 0, question: 'How is the workload?', question_type: 'numeric', required: true }] },
];
const checkin_response = Array.from({ length: 6 }, (_, i) => ({
  uuid: uid(5, i + 1),
  checkin_uuid: checkin[0].id,
  user: ref(user[i % 3 === 0 ? 0 : i % 3 === 1 ? 3 : 6]),
  response_date: daysAgo(i >> 1),
  responses: [
    { uuid: standupQuestions[0].uuid, index: 0, question: standupQuestions[0].question, response: ['Reviewed PRs', 'Fixed the login bug', 'Wrote docs'][i % 3] },
    { uuid: standupQuestions[1].uuid, index: 1, question: standupQuestions[1].question, response: ['Ship the release', 'Pair on the API', 'Customer calls'][i % 3] },
  ],
  is_completed: true,
  created_at: T(daysAgo(i >> 1)),
}));

const form = [
  {
    uuid: uid(6, 1), name: 'Expense request', is_archived: false, owner: ref(me), has_workflow: true,
    questions: [
      { uuid: uid(7, 1), question: 'Amount (EUR)', question_type: 'numeric', required: true },
      { uuid: uid(7, 2), question: 'Reason', question_type: 'text', required: true },
    ],
    workflow_states: [
      { key: 'submitted', name: 'Submitted', is_final: false },
      { key: 'approved', name: 'Approved', is_final: true },
      { key: 'denied', name: 'Denied', is_final: true },
    ],
  },
  { uuid: uid(6, 2), name: 'Feedback box', is_archived: false, owner: ref(user[1]), has_workflow: false, questions: [{ uuid: uid(7, 3), question: 'Your idea', question_type: 'text', required: true }], workflow_states: [] },
  { uuid: uid(6, 3), name: 'Old survey', is_archived: true, owner: ref(me), has_workflow: false, questions: [], workflow_states: [] },
];
const transitions: Record<string, string[]> = { submitted: ['approved', 'denied'], approved: [], denied: [] };
const form_response = [
  { id: uid(8, 1), form_uuid: form[0].uuid, user: ref(me), current_state: 'submitted', allowed_transitions: transitions.submitted, can_change_state: true, state_history: [{ state: 'submitted', is_self: true, at: T(daysAgo(2)) }], content: { [uid(7, 1)]: 120, [uid(7, 2)]: 'Conference ticket' }, edited: false, created_at: T(daysAgo(2)) },
  { id: uid(8, 2), form_uuid: form[0].uuid, user: ref(user[4]), current_state: 'approved', allowed_transitions: [], can_change_state: false, state_history: [{ state: 'submitted', is_self: false, at: T(daysAgo(5)) }, { state: 'approved', is_self: true, at: T(daysAgo(4)) }], content: { [uid(7, 1)]: 40, [uid(7, 2)]: 'Books' }, edited: false, created_at: T(daysAgo(5)) },
  { id: uid(8, 3), form_uuid: form[1].uuid, user: ref(user[2]), current_state: null, allowed_transitions: [], can_change_state: false, state_history: [], content: { [uid(7, 3)]: 'Standing desks for everyone' }, edited: false, created_at: T(daysAgo(1)) },
];

const kudos = Array.from({ length: 6 }, (_, i) => {
  const giver = i % 2 === 0 ? user[1 + i] : me; // even: received by me, odd: given by me
  const receiver = i % 2 === 0 ? me : user[2 + i];
  return {
    id: 300 + i, parent: null, user: ref(giver), receivers: [ref(receiver)], company_value: i % 3 === 0 ? { id: uid(10, 1), name: 'Ownership' } : null,
    content: ['Thanks for the quick review!', 'Great demo today', 'Saved the release', 'Patient onboarding help', 'Clean docs', 'Fixed prod at 2am'][i],
    is_anonymous: false, by_dailybot: false, metadata: {}, created_at: T(daysAgo(i)),
  };
});

const invitation = [
  { id: 41, email: 'newhire1@sandbox.example', status: 'pending', invited_by: ref(me), created_at: T(daysAgo(2)) },
  { id: 42, email: 'newhire2@sandbox.example', status: 'pending', invited_by: ref(me), created_at: T(daysAgo(1)) },
  { id: 43, external_id: 'U0SLACK43', status: 'pending', invited_by: ref(user[7]), created_at: T(daysAgo(6)) },
];

const important_date = [
  { uuid: uid(12, 1), user: me.uuid, name: 'Summer vacation', is_specific_date: false, start_date: '2026-07-01', end_date: '2026-07-14', important_date_type: 'time_off', metadata: {} },
  { uuid: uid(12, 2), user: me.uuid, name: 'Work anniversary', is_specific_date: true, start_date: '2026-03-15', end_date: '2026-03-15', important_date_type: 'anniversary', metadata: {} },
  { uuid: uid(12, 3), user: user[1].uuid, name: 'Conference', is_specific_date: false, start_date: '2026-05-10', end_date: '2026-05-12', important_date_type: 'time_off', metadata: {} },
];

// ---- route helpers -------------------------------------------------------------------------------

const fail = (status: number, detail: string, code: string): SandboxResult => ({ status, body: { detail, code } });
const notFound = (what: string) => fail(404, `${what} not found.`, 'not_found');
const ok = (body: unknown, status = 200): SandboxResult => ({ status, body });
const noContent: SandboxResult = { status: 204, body: undefined };
const find = (store: SandboxStore, coll: string, key: string, value: unknown) => store.collection(coll).find((r) => String(r[key]) === String(value));
const now = () => new Date().toISOString();

/** GET by a key other than `id` (DailyBot keys most records by `uuid`). */
const getBy = (coll: string, what: string, key = 'uuid', arg = 'uuid'): Route => (req, store) => {
  const r = find(store, coll, key, req.params[arg]);
  return r ? ok(r) : notFound(what);
};
/** DELETE answering 204 with no body, as DailyBot does. */
const removeBy = (coll: string, what: string, key = 'uuid', arg = 'uuid', parent?: [string, string]): Route => (req, store) => {
  const list = store.collection(coll);
  const i = list.findIndex((r) => String(r[key]) === req.params[arg] && (!parent || String(r[parent[0]]) === req.params[parent[1]]));
  if (i < 0) return notFound(what);
  list.splice(i, 1);
  return noContent;
};
const formResponse = (req: SandboxRequest, store: SandboxStore) =>
  store.collection('form_response').find((r) => r.id === req.params.response_uuid && r.form_uuid === req.params.form_uuid);
const uuidsKnown = (store: SandboxStore, ids: unknown) => Array.isArray(ids) && ids.every((u) => find(store, 'user', 'uuid', u));

// ---- the definition ------------------------------------------------------------------------------

const sandbox: SandboxDefinition = {
  idType: 'string',
  errorBody: (_status, message, code) => ({ detail: message, code }),
  deletedBody: () => undefined, // DailyBot answers a delete with an empty body (the routes send 204)
  seed: {
    me: { ...me, organization: ORG, user: me.full_name, organization_uuid: ORG.uuid, organization_name: ORG.name },
    organization: { ...ORG, timezone: 'Europe/Berlin', members_count: user.length, created_at: '2024-02-01T00:00:00Z' },
    user, team, team_member, checkin, checkin_response, form, form_response, kudos, invitation, important_date,
    webhook: [{ id: uid(13, 1), hook_id: uid(13, 1), hook_url: 'https://hooks.sandbox.example/dailybot', name: 'Zapier', subscriptions: ['kudos.posted'], subscribed_objects: [], created_at: T(daysAgo(40)) }],
    message: [], email: [],
  },
  routes: {
    dailybot_get_me: (req, store) => {
      const m = { ...store.singleton('me') };
      if (req.query.include_email === 'true') m.email = emailOf(m);
      return ok(m);
    },
    dailybot_get_user: (req, store) => {
      const u = find(store, 'user', 'uuid', req.params.uuid);
      if (!u) return fail(404, 'User not found.', 'user_does_not_exists');
      return ok(req.query.include_email === 'true' ? { ...u, email: emailOf(u) } : u);
    },
    dailybot_update_user: (req, store) => {
      const u = find(store, 'user', 'uuid', req.params.uuid);
      if (!u) return fail(404, 'User not found.', 'user_does_not_exists');
      Object.assign(u, req.body ?? {});
      return ok(undefined); // the documented answer has no body
    },
    dailybot_invite_users: (req, store) => {
      const ids: string[] = req.body?.users_identifiers ?? [];
      const members = ids.filter((x) => store.collection('user').some((u) => emailOf(u) === x));
      const invited = ids.filter((x) => !members.includes(x));
      const guest = !!req.body?.is_guest_account_invite;
      for (const x of invited) store.collection('invitation').push({ id: store.nextId(), is_guest: guest, [x.includes('@') ? 'email' : 'external_id']: x, status: 'pending', invited_by: ref(me), created_at: now() });
      return ok({ dailybot_members: { count: members.length, members }, users_invited: { count: invited.length, members: invited } });
    },
    dailybot_get_team: getBy('team', 'Team'),
    dailybot_list_team_members: (req, store) => {
      if (!find(store, 'team', 'uuid', req.params.team_uuid)) return fail(404, 'Team not found.', 'no_valid_team');
      const ids = store.collection('team_member').filter((m) => m.team_uuid === req.params.team_uuid).map((m) => m.user_uuid);
      return ok(store.collection('user').filter((u) => ids.includes(u.uuid))); // a bare array
    },
    dailybot_add_team_members: (req, store) => {
      if (!find(store, 'team', 'uuid', req.params.team_uuid)) return fail(404, 'Team not found.', 'no_valid_team');
      const members: { uuid: string }[] = req.body?.members ?? [];
      if (!uuidsKnown(store, members.map((m) => m.uuid))) return fail(400, 'One or more users were not found.', 'one_or_more_users_not_found');
      for (const m of members) {
        if (!store.collection('team_member').some((t) => t.team_uuid === req.params.team_uuid && t.user_uuid === m.uuid)) store.collection('team_member').push({ team_uuid: req.params.team_uuid, user_uuid: m.uuid, is_manager: false });
      }
      return ok(undefined); // 200, no body
    },
    dailybot_remove_team_member: removeBy('team_member', 'Team member', 'user_uuid', 'user_uuid', ['team_uuid', 'team_uuid']),
    dailybot_delete_checkin: removeBy('checkin', 'Check-in', 'id', 'uuid'),
    dailybot_create_checkin_response: (req, store) => {
      const c = find(store, 'checkin', 'id', req.params.checkin_uuid);
      if (!c) return notFound('Check-in');
      const date = req.body?.response_date ?? today();
      if (date > today()) return fail(400, 'Responses for future dates are not allowed.', 'future_responses_are_not_allowed');
      const r = { uuid: `dail_${store.nextId()}`, checkin_uuid: c.id, user: ref(me), response_date: date, responses: req.body?.responses ?? [], is_completed: true, created_at: now() };
      store.collection('checkin_response').push(r);
      return ok({ uuid: r.uuid }, 201);
    },
    dailybot_send_checkin_reminders: (req, store) => {
      const c = find(store, 'checkin', 'id', req.params.uuid);
      if (!c) return notFound('Check-in');
      if (!c.active) return fail(400, 'The check-in is not active.', 'params_validation_error');
      return ok({ detail: 'Reminders sent.' });
    },
    dailybot_list_forms: (req, store) => {
      let forms = store.collection('form');
      if (req.query.include_archived !== 'true') forms = forms.filter((f) => !f.is_archived);
      if (req.query.owner === 'me') forms = forms.filter((f) => f.owner?.uuid === me.uuid);
      return ok(req.query.include === 'questions' ? forms : forms.map(({ questions: _q, ...f }) => f)); // a flat array
    },
    dailybot_get_form: getBy('form', 'Form'),
    dailybot_get_form_response: (req, store) => {
      const r = formResponse(req, store);
      return r ? ok(r) : fail(404, 'Form response not found.', 'form_response_not_found');
    },
    dailybot_create_form_response: (req, store) => {
      const f = find(store, 'form', 'uuid', req.params.form_uuid);
      if (!f) return fail(404, 'Form not found.', 'form_does_not_exists');
      const states = f.workflow_states as { key: string }[];
      const state = states.length ? states[0].key : null;
      const r = { id: `dail_${store.nextId()}`, form_uuid: f.uuid, user: ref(me), current_state: state, allowed_transitions: state ? transitions[state] ?? [] : [], can_change_state: state !== null, state_history: state ? [{ state, is_self: true, at: now() }] : [], content: req.body?.content ?? {}, edited: false, created_at: now() };
      store.collection('form_response').push(r);
      return ok(r, 201);
    },
    dailybot_delete_form_response: removeBy('form_response', 'Form response', 'id', 'response_uuid', ['form_uuid', 'form_uuid']),
    dailybot_transition_form_response: (req, store) => {
      const r = formResponse(req, store);
      if (!r) return fail(404, 'Form response not found.', 'form_response_not_found');
      const to = String(req.body?.to_state ?? '');
      if (!r.allowed_transitions.includes(to)) {
        return r.allowed_transitions.length ? fail(400, `Cannot move from ${r.current_state} to ${to}.`, 'invalid_workflow_state') : fail(400, 'The response is in a final state.', 'final_state_locked');
      }
      r.state_history.push({ state: to, is_self: true, at: now(), note: req.body?.note });
      r.current_state = to;
      r.allowed_transitions = transitions[to] ?? [];
      r.can_change_state = r.allowed_transitions.length > 0;
      return ok(r);
    },
    dailybot_send_message: (req, store) => {
      const b = req.body ?? {};
      if (b.target_users && !uuidsKnown(store, b.target_users)) return fail(400, 'No valid users were found.', 'no_valid_users');
      if (b.target_teams && !b.target_teams.every((t: string) => find(store, 'team', 'uuid', t))) return fail(400, 'No valid team was found.', 'no_valid_team');
      const m = { bot_message_id: b.bot_message_id ?? `msg_${store.nextId()}`, ...b, sent_at: now() };
      store.collection('message').push(m);
      return ok({ bot_message_id: m.bot_message_id });
    },
    dailybot_send_email: (req, store) => {
      if (!uuidsKnown(store, req.body?.users_uuids)) return fail(400, 'No users were found.', 'no_users_found');
      store.collection('email').push({ ...req.body, sent_at: now() });
      return ok({ detail: `Email sent to ${req.body.users_uuids.length} user(s).` });
    },
    dailybot_list_kudos: (req, store) => {
      const given = req.query.filter === 'kudos_given';
      const all = store.collection('kudos').filter((k) => (given ? k.user.uuid === me.uuid : k.receivers.some((r: Rec) => r.uuid === me.uuid)));
      return offsetPage(req, all);
    },
    dailybot_give_kudos: (req, store) => {
      const b = req.body ?? {};
      const receivers = [...(b.users_receivers ?? [])];
      for (const t of b.teams_receivers ?? []) {
        if (!find(store, 'team', 'uuid', t)) return fail(400, 'No valid team was found.', 'no_valid_team');
        receivers.push(...store.collection('team_member').filter((m) => m.team_uuid === t).map((m) => m.user_uuid));
      }
      const users = [...new Set(receivers)].filter((u) => u !== me.uuid).map((u) => find(store, 'user', 'uuid', u));
      if (users.some((u) => !u) || users.length === 0) return fail(400, 'No valid users were found.', 'no_valid_users');
      const k = { id: 1000 + store.collection('kudos').length, parent: null, user: b.by_dailybot ? null : ref(me), receivers: users.map((u) => ref(u!)), company_value: b.company_value ? { id: b.company_value, name: b.company_value } : null, content: b.content, is_anonymous: !!b.is_anonymous, by_dailybot: !!b.by_dailybot, metadata: {}, created_at: now() };
      store.collection('kudos').push(k);
      return ok(k, 201);
    },
    dailybot_create_webhook_subscription: (req, store) => {
      const b = req.body ?? {};
      const id = `dail_${store.nextId()}`;
      const hook = { id, hook_id: id, hook_url: b.hook_url, name: b.name ?? null, subscriptions: [b.subscriptions ?? []].flat(), subscribed_objects: [b.subscribed_objects ?? []].flat(), created_at: now() };
      store.collection('webhook').push({ ...hook, bearer: b.bearer });
      return ok(hook, 201); // the bearer is stored, never echoed
    },
    dailybot_delete_webhook_subscription: removeBy('webhook', 'Webhook subscription', 'id', 'id'),
    dailybot_list_important_dates: (req, store) => {
      if (!find(store, 'user', 'uuid', req.query.uuid)) return fail(404, 'User not found.', 'user_does_not_exists');
      return ok(store.collection('important_date').filter((d) => d.user === req.query.uuid)); // a bare array
    },
  },
};

/** The DRF limit/offset envelope, for lists that need a hand-written filter (same limits as the API). */
function offsetPage(req: SandboxRequest, all: Rec[]): SandboxResult {
  const limit = req.query.limit === undefined ? 25 : Number(req.query.limit);
  const offset = Number(req.query.offset ?? 0);
  if (!(limit >= 1 && limit <= 100)) return fail(400, 'limit must be from 1 to 100.', 'params_validation_error');
  const results = all.slice(offset, offset + limit);
  const link = (o: number) => `${req.path}?limit=${limit}&offset=${o}`;
  return ok({ count: all.length, next: offset + limit < all.length ? link(offset + limit) : null, previous: offset > 0 ? link(Math.max(0, offset - limit)) : null, results });
}

export default sandbox;
