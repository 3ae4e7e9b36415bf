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
  { id: 41, email: 'newhire1@sandbox.example', is_guest: false, status: 'pending', invited_by: ref(me), created_at: T(daysAgo(2)) },
  { id: 42, email: 'newhire2@sandbox.example', is_guest: false, status: 'pending', invited_by: ref(me), created_at: T(daysAgo(1)) },
  { id: 43, external_id: 'U0SLACK43', is_guest: false, status: 'pending', invited_by: ref(user[7]), created_at: T(daysAgo(6)) },
];
const guest_invitation = [
  { id: 51, email: 'contractor@partner.example', is_guest: true, status: 'pending', invited_by: ref(me), created_at: T(daysAgo(3)) },
  { id: 52, email: 'auditor@partner.example', is_guest: true, status: 'pending', invited_by: ref(user[1]), created_at: T(daysAgo(8)) },
];

const template = [
  { id: 1, name: 'Daily standup', type: 'checkins', system_default: true, questions: standupQuestions.map(({ uuid: _u, ...q }) => q) },
  { id: 2, name: 'Sprint retrospective', type: 'checkins', system_default: true, questions: [{ index: 0, question: 'What went well?', question_type: 'text' }] },
  { id: 3, name: 'Sandbox Co weekly', type: 'checkins', system_default: false, questions: [{ index: 0, question: 'Highlights of the week?', question_type: 'text' }] },
  { id: 4, name: 'Expense request', type: 'forms', system_default: true, questions: [{ index: 0, question: 'Amount', question_type: 'numeric' }] },
];

const workflow = [
  { uuid: uid(14, 1), name: 'Welcome new hires', description: 'Greets people who join', trigger_type: 'event', active: true, visible: true, action_summary: 'Send message', metadata: {}, owner: ref(me), user_can_update: true, user_can_delete: true, total_runs: 12, last_run_at: T(daysAgo(3)), created_at: T(daysAgo(90)), updated_at: T(daysAgo(30)) },
  { uuid: uid(14, 2), name: 'Deploy notifier', description: 'Posts each deploy to the team', trigger_type: 'api_trigger', active: true, visible: true, action_summary: 'Send message', metadata: {}, owner: ref(user[1]), user_can_update: true, user_can_delete: true, total_runs: 40, last_run_at: T(daysAgo(1)), created_at: T(daysAgo(60)), updated_at: T(daysAgo(10)) },
  { uuid: uid(14, 3), name: 'Old escalation', description: 'Paused', trigger_type: 'api_trigger', active: false, visible: true, action_summary: 'Send email', metadata: {}, owner: ref(me), user_can_update: true, user_can_delete: true, total_runs: 2, last_run_at: T(daysAgo(200)), created_at: T(daysAgo(300)), updated_at: T(daysAgo(200)) },
];
const workflow_log = Array.from({ length: 5 }, (_, i) => ({
  id: 700 + i, workflow_uuid: workflow[i % 2].uuid, status: i === 3 ? 'failed' : 'success', trigger: i % 2 ? 'api_trigger' : 'event', started_at: T(daysAgo(i)), finished_at: T(daysAgo(i)),
}));

const mood = [{ user: me.uuid, date: daysAgo(1), score: 4, created_at: T(daysAgo(1)) }];

/** Event names a sample can be asked for (the dotted list of [DB-EVENTS], plus the newer [V3] events). */
const EVENTS = ['followups.response.completed', 'followups.response.updated', 'followups.response.deleted', 'forms.response.created', 'forms.response.updated', 'forms.response.deleted', 'kudos.posted', 'organization.user_activated', 'organization.user_deactivated', 'organization.team_user_added', 'organization.team_user_removed', 'followups.daily.finished', 'forms.response.approved', 'forms.response.denied', 'workflow.finished'];

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
/** The team membership a request names, or the error to answer with. */
const membership = (req: SandboxRequest, store: SandboxStore): { m?: Rec; error?: SandboxResult } => {
  if (!find(store, 'team', 'uuid', req.params.team_uuid)) return { error: fail(404, 'Team not found.', 'no_valid_team') };
  const m = store.collection('team_member').find((t) => t.team_uuid === req.params.team_uuid && t.user_uuid === req.params.user_uuid);
  return m ? { m } : { error: fail(404, 'The user is not a member of this team.', 'not_found') };
};

// ---- the definition ------------------------------------------------------------------------------

const sandbox: SandboxDefinition = {
  idType: 'string',
  errorBody: (_status, message, code) => ({ detail: message, code }),
  deletedBody: () => undefined, // DailyBot answers a delete with an empty body (the routes send 204)
  seed: {
    me: { ...me, organization: ORG, user: me.full_name, organization_uuid: ORG.uuid, organization_name: ORG.name },
    organization: { ...ORG, timezone: 'Europe/Berlin', members_count: user.length, created_at: '2024-02-01T00:00:00Z' },
    user, team, team_member, checkin, checkin_response, form, form_response, kudos, invitation, guest_invitation, important_date,
    template, workflow, workflow_log, mood, conversation: [], agent_report: [],
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
      for (const x of invited) store.collection(guest ? 'guest_invitation' : 'invitation').push({ id: store.nextId(), is_guest: guest, [x.includes('@') ? 'email' : 'external_id']: x, status: 'pending', invited_by: ref(me), created_at: now() });
      return ok({ dailybot_members: { count: members.length, members }, users_invited: { count: invited.length, members: invited } });
    },
    dailybot_list_invitations: (req, store) => numberedPage(req, [...store.collection('invitation'), ...store.collection('guest_invitation')]),
    dailybot_cancel_pending_invitation: removeBy('invitation', 'Invitation', 'id', 'id'),
    dailybot_cancel_guest_invitation: removeBy('guest_invitation', 'Guest invitation', 'id', 'id'),
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
    dailybot_get_team_member: (req, store) => {
      const { m, error } = membership(req, store);
      return error ?? ok(m);
    },
    dailybot_update_team_member: (req, store) => {
      const { m, error } = membership(req, store);
      if (error) return error;
      const { team_uuid: _t, user_uuid: _u, ...changes } = req.body ?? {};
      Object.assign(m!, changes);
      return ok(m);
    },
    dailybot_remove_team_member: removeBy('team_member', 'Team member', 'user_uuid', 'user_uuid', ['team_uuid', 'team_uuid']),
    dailybot_create_checkin: (req, store) => {
      const b = req.body ?? {};
      if (!b.name) return fail(400, 'name: This field is required.', 'params_validation_error');
      const c = { id: uid(3, 100 + store.collection('checkin').length), active: true, can_be_edited: true, frequency_type: 'weekly', frequency: 1, frequency_on_days: [1, 2, 3, 4, 5], is_anonymous: false, questions: [], ...b };
      store.collection('checkin').push(c);
      return ok(c, 201);
    },
    dailybot_update_checkin: (req, store) => {
      const c = find(store, 'checkin', 'id', req.params.uuid);
      if (!c) return notFound('Check-in');
      const { id: _id, ...changes } = req.body ?? {};
      Object.assign(c, changes);
      return ok(c);
    },
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
    dailybot_update_form_response: (req, store) => {
      const r = formResponse(req, store);
      if (!r) return fail(404, 'Form response not found.', 'form_response_not_found');
      if (!r.can_change_state && r.current_state !== null) return fail(403, 'The response is in a final state and cannot be edited.', 'form_response_edit_forbidden');
      Object.assign(r.content, req.body?.content ?? {}); // merged: answers not named stay
      r.edited = true;
      return ok(r);
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
    dailybot_open_conversation: (req, store) => {
      const ids: string[] = req.body?.users_uuids ?? [];
      if (!uuidsKnown(store, ids)) return fail(400, 'No valid users were found.', 'no_valid_users');
      const key = [...new Set([me.uuid, ...ids])].sort().join(',');
      let c = store.collection('conversation').find((x) => x.key === key);
      if (!c) store.collection('conversation').push((c = { key, channel: `G${String(store.collection('conversation').length + 1).padStart(8, '0')}` }));
      return ok({ channel: c.channel }); // the same people get the same conversation back
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
    dailybot_boost_kudos: (req, store) => {
      const k = find(store, 'kudos', 'id', req.params.id);
      if (!k) return notFound('Kudos');
      k.boosted_by ??= [];
      if (!k.boosted_by.some((u: Rec) => u.uuid === me.uuid)) k.boosted_by.push(ref(me));
      return ok(k);
    },
    dailybot_list_workflows: (req, store) => {
      const f = req.query.filter ?? 'all';
      const name = (req.query.name ?? '').toLowerCase();
      const keep = (w: Rec) =>
        w.name.toLowerCase().includes(name) &&
        (f === 'me' ? w.owner.uuid === me.uuid : f === 'others' ? w.owner.uuid !== me.uuid : f === 'active' ? w.active : f === 'inactive' ? !w.active : true);
      return offsetPage(req, store.collection('workflow').filter(keep));
    },
    dailybot_create_workflow: (req, store) => {
      const w = newWorkflow(store, req.body ?? {});
      return w ? ok(w, 201) : fail(400, 'name: This field is required.', 'params_validation_error');
    },
    dailybot_get_workflow: getBy('workflow', 'Workflow'),
    dailybot_replace_workflow: (req, store) => {
      const list = store.collection('workflow');
      const i = list.findIndex((w) => w.uuid === req.params.uuid);
      if (i < 0) return notFound('Workflow');
      const { uuid: _u, ...fields } = req.body ?? {};
      const old = list[i];
      // A PUT replaces: what is not sent goes back to its default; identity and history stay.
      list[i] = { uuid: old.uuid, description: '', trigger_type: 'manual', active: true, visible: true, action_summary: '', metadata: {}, ...fields, owner: old.owner, user_can_update: true, user_can_delete: true, total_runs: old.total_runs, last_run_at: old.last_run_at, created_at: old.created_at, updated_at: now() };
      return ok(list[i]);
    },
    dailybot_delete_workflow: removeBy('workflow', 'Workflow'),
    dailybot_duplicate_workflow: (req, store) => {
      const w = find(store, 'workflow', 'uuid', req.params.uuid);
      if (!w) return notFound('Workflow');
      const { uuid: _u, total_runs: _r, last_run_at: _l, ...rest } = w;
      return ok(newWorkflow(store, { ...structuredClone(rest), name: `${w.name} (copy)`, active: false }), 201);
    },
    dailybot_trigger_workflow: (req, store) => {
      const w = find(store, 'workflow', 'uuid', req.params.uuid);
      if (!w) return notFound('Workflow');
      if (w.trigger_type !== 'api_trigger' || !w.active) return fail(400, 'Only an active api_trigger workflow can be triggered.', 'workflow_not_triggerable');
      if (JSON.stringify(req.body?.payload ?? {}).length > 8192) return fail(400, 'The payload is over 8 KiB.', 'payload_too_large');
      store.collection('workflow_log').push({ id: 700 + store.collection('workflow_log').length, workflow_uuid: w.uuid, status: 'queued', trigger: 'api_trigger', payload: req.body?.payload ?? {}, started_at: now(), finished_at: null });
      return ok({ queued: true, workflow_uuid: w.uuid, detail: 'Workflow execution queued.' }, 202);
    },
    dailybot_create_webhook_subscription: (req, store) => {
      const b = req.body ?? {};
      const id = `dail_${store.nextId()}`;
      const hook = { id, hook_id: id, hook_url: b.hook_url, name: b.name ?? null, subscriptions: [b.subscriptions ?? []].flat(), subscribed_objects: [b.subscribed_objects ?? []].flat(), created_at: now() };
      store.collection('webhook').push({ ...hook, bearer: b.bearer });
      return ok(hook, 201); // the bearer is stored, never echoed
    },
    dailybot_get_webhook_sample: (req) => {
      // The body field's name is UNCONFIRMED: any string value naming a known event is taken.
      const event = Object.values(req.body ?? {}).flat().find((v) => typeof v === 'string' && EVENTS.includes(v)) as string | undefined;
      if (!event) return fail(400, 'Give a known event type.', 'params_validation_error');
      return ok({ event, event_timestamp: Math.floor(Date.now() / 1000), sample: true, data: { organization: { uuid: ORG.uuid, name: ORG.name }, user: ref(me) } });
    },
    dailybot_delete_webhook_subscription: removeBy('webhook', 'Webhook subscription', 'id', 'id'),
    dailybot_list_important_dates: (req, store) => {
      if (!find(store, 'user', 'uuid', req.query.uuid)) return fail(404, 'User not found.', 'user_does_not_exists');
      return ok(store.collection('important_date').filter((d) => d.user === req.query.uuid)); // a bare array
    },
    dailybot_get_important_date: (req, store) => {
      const d = find(store, 'important_date', 'uuid', req.params.uuid);
      return d ? ok(d) : fail(404, 'Important date not found.', 'important_date_does_not_exists');
    },
    dailybot_create_important_date: (req, store) => {
      const b = req.body ?? {};
      const owner = b.user ?? me.uuid;
      if (!find(store, 'user', 'uuid', owner)) return fail(404, 'User not found.', 'user_does_not_exists');
      const start = b.start_date ?? today();
      const end = b.end_date ?? start;
      if (end < start) return fail(400, 'end_date is before start_date.', 'invalid_date_range');
      const d = { uuid: uid(12, 100 + store.collection('important_date').length), is_specific_date: start === end, important_date_type: 'custom', metadata: {}, ...b, user: owner, start_date: start, end_date: end };
      store.collection('important_date').push(d);
      return ok(d, 201);
    },
    dailybot_get_mood: (req, store) => {
      const date = req.query.date ?? today();
      const m = store.collection('mood').find((x) => x.user === me.uuid && x.date === date);
      return m ? ok(m) : notFound(`Mood for ${date}`);
    },
    dailybot_track_mood: (req, store) => {
      const { score, date = today() } = req.body ?? {};
      if (!(Number.isInteger(score) && score >= 1 && score <= 5)) return fail(400, 'score must be from 1 to 5.', 'invalid_score');
      if (store.collection('mood').some((x) => x.user === me.uuid && x.date === date)) return fail(409, 'Mood was already tracked for this date.', 'motivation_score_already_completed');
      const m = { user: me.uuid, date, score, created_at: now() };
      store.collection('mood').push(m);
      return ok(m, 201);
    },
    dailybot_create_agent_report: (req, store) => {
      const r = { uuid: uid(15, store.collection('agent_report').length + 1), ...req.body, is_milestone: !!req.body?.is_milestone, created_at: now() };
      store.collection('agent_report').push(r);
      return ok(r, 201);
    },
  },
};

/** The page/page_size envelope (at most 100 a page), for lists the generic store cannot assemble. */
function numberedPage(req: SandboxRequest, all: Rec[]): SandboxResult {
  const size = req.query.page_size === undefined ? 25 : Number(req.query.page_size);
  const page = Number(req.query.page ?? 1);
  if (!(size >= 1 && size <= 100)) return fail(400, 'page_size must be from 1 to 100.', 'params_validation_error');
  const start = (page - 1) * size;
  const link = (p: number) => `${req.path}?page=${p}&page_size=${size}`;
  return ok({ count: all.length, next: start + size < all.length ? link(page + 1) : null, previous: page > 1 ? link(page - 1) : null, results: all.slice(start, start + size) });
}

/** A new workflow from the given fields (null without a name). */
function newWorkflow(store: SandboxStore, b: Rec): Rec | null {
  if (!b.name) return null;
  const w = { uuid: uid(14, 100 + store.collection('workflow').length), description: '', trigger_type: 'manual', active: true, visible: true, action_summary: '', metadata: {}, ...b, owner: ref(me), user_can_update: true, user_can_delete: true, total_runs: 0, last_run_at: null, created_at: now(), updated_at: now() };
  store.collection('workflow').push(w);
  return w;
}

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
