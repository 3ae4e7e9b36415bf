// DailyBot sandbox data: a sample organization. Dates are relative to the time the sandbox loads, so
// "default today" filters (check-in responses) find today's records and a past window finds older ones.
type Rec = Record<string, any>;

/** A stable, well-formed UUID per kind and number: `uid(1, 7)` = 00000001-0000-4000-8000-000000000007. */
export const uid = (kind: number, i: number) => `${String(kind).padStart(8, '0')}-0000-4000-8000-${String(i).padStart(12, '0')}`;
const DAY_MS = 86_400_000;
const midnight = Math.floor(Date.now() / DAY_MS) * DAY_MS;
/** The UTC day `n` days before the sandbox loaded, YYYY-MM-DD. */
export const daysAgo = (n: number) => new Date(midnight - n * DAY_MS).toISOString().slice(0, 10);
/** A timestamp on that day, in the format the emulator stamps created records with. */
const T = (d: string, hour = 9) => `${d}T${String(hour).padStart(2, '0')}:00:00.000Z`;

export const ORG = { uuid: uid(9, 1), name: 'Sandbox Co', plan_name: 'Business' };
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
export const emailOf = (u: Rec) => `${u.full_name.toLowerCase().replace(/[^a-z]+/g, '.')}.${Number(u.uuid.slice(-3))}@sandbox.example`;
export const ref = (u: Rec) => ({ uuid: u.uuid, full_name: u.full_name, image: u.image });
export const me = user[0];

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
  {
    id: uid(3, 1),
    name: 'Daily standup',
    active: true,
    can_be_edited: true,
    frequency_type: 'weekly',
    frequency: 1,
    frequency_on_days: [1, 2, 3, 4, 5],
    is_anonymous: false,
    team_uuid: team[0].uuid,
    questions: standupQuestions,
  },
  {
    id: uid(3, 2),
    name: 'Weekly retro',
    active: true,
    can_be_edited: true,
    frequency_type: 'weekly',
    frequency: 1,
    frequency_on_days: [5],
    is_anonymous: false,
    team_uuid: team[1].uuid,
    questions: [{ uuid: uid(4, 4), index: 0, question: 'What went well?', question_type: 'text', required: true }],
  },
  {
    id: uid(3, 3),
    name: 'Team pulse',
    active: false,
    can_be_edited: false,
    frequency_type: 'monthly',
    frequency: 1,
    frequency_on_days: [1],
    is_anonymous: true,
    team_uuid: team[2].uuid,
    questions: [{ uuid: uid(4, 5), index: 0, question: 'How is the workload?', question_type: 'numeric', required: true }],
  },
];
// Spread over today (three people), yesterday, three days and a week ago.
const responseDays: [number, number][] = [
  [0, 0],
  [0, 3],
  [0, 6],
  [1, 0],
  [1, 3],
  [3, 0],
  [3, 6],
  [7, 3],
];
const checkin_response = responseDays.map(([ago, who], i) => ({
  uuid: uid(5, i + 1),
  checkin_uuid: checkin[0].id,
  user: ref(user[who]),
  response_date: daysAgo(ago),
  responses: [
    {
      uuid: standupQuestions[0].uuid,
      index: 0,
      question: standupQuestions[0].question,
      response: ['Reviewed PRs', 'Fixed the login bug', 'Wrote docs', 'Planned the sprint'][i % 4],
    },
    {
      uuid: standupQuestions[1].uuid,
      index: 1,
      question: standupQuestions[1].question,
      response: ['Ship the release', 'Pair on the API', 'Customer calls'][i % 3],
    },
  ],
  is_completed: true,
  created_at: T(daysAgo(ago), 8 + i),
}));

const form = [
  {
    uuid: uid(6, 1),
    name: 'Expense request',
    is_archived: false,
    created_at: T(daysAgo(120)),
    owner: ref(me),
    has_workflow: true,
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
  {
    uuid: uid(6, 2),
    name: 'Feedback box',
    is_archived: false,
    created_at: T(daysAgo(60)),
    owner: ref(user[1]),
    has_workflow: false,
    questions: [{ uuid: uid(7, 3), question: 'Your idea', question_type: 'text', required: true }],
    workflow_states: [],
  },
  {
    uuid: uid(6, 3),
    name: 'Old survey',
    is_archived: true,
    created_at: T(daysAgo(400)),
    owner: ref(me),
    has_workflow: false,
    questions: [],
    workflow_states: [],
  },
];
export const transitions: Record<string, string[]> = { submitted: ['approved', 'denied'], approved: [], denied: [] };
const form_response = [
  {
    id: uid(8, 1),
    form_uuid: form[0].uuid,
    user: ref(me),
    current_state: 'submitted',
    allowed_transitions: transitions.submitted,
    can_change_state: true,
    state_history: [{ state: 'submitted', is_self: true, at: T(daysAgo(2)) }],
    content: { [uid(7, 1)]: 120, [uid(7, 2)]: 'Conference ticket' },
    edited: false,
    created_at: T(daysAgo(2)),
  },
  {
    id: uid(8, 2),
    form_uuid: form[0].uuid,
    user: ref(user[4]),
    current_state: 'approved',
    allowed_transitions: [],
    can_change_state: false,
    state_history: [
      { state: 'submitted', is_self: false, at: T(daysAgo(5)) },
      { state: 'approved', is_self: true, at: T(daysAgo(4)) },
    ],
    content: { [uid(7, 1)]: 40, [uid(7, 2)]: 'Books' },
    edited: false,
    created_at: T(daysAgo(5)),
  },
  {
    id: uid(8, 3),
    form_uuid: form[1].uuid,
    user: ref(user[2]),
    current_state: null,
    allowed_transitions: [],
    can_change_state: false,
    state_history: [],
    content: { [uid(7, 3)]: 'Standing desks for everyone' },
    edited: false,
    created_at: T(daysAgo(1)),
  },
];

const kudos = Array.from({ length: 6 }, (_, i) => {
  const giver = i % 2 === 0 ? user[1 + i] : me; // even: received by me, odd: given by me
  const receiver = i % 2 === 0 ? me : user[2 + i];
  return {
    id: 300 + i,
    parent: null,
    user: ref(giver),
    receivers: [ref(receiver)],
    company_value: i % 3 === 0 ? { id: uid(10, 1), name: 'Ownership' } : null,
    content: [
      'Thanks for the quick review!',
      'Great demo today',
      'Saved the release',
      'Patient onboarding help',
      'Clean docs',
      'Fixed prod at 2am',
    ][i],
    is_anonymous: false,
    by_dailybot: false,
    metadata: {},
    created_at: T(daysAgo(i)),
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
  {
    id: 2,
    name: 'Sprint retrospective',
    type: 'checkins',
    system_default: true,
    questions: [{ index: 0, question: 'What went well?', question_type: 'text' }],
  },
  {
    id: 3,
    name: 'Sandbox Co weekly',
    type: 'checkins',
    system_default: false,
    questions: [{ index: 0, question: 'Highlights of the week?', question_type: 'text' }],
  },
  {
    id: 4,
    name: 'Expense request',
    type: 'forms',
    system_default: true,
    questions: [{ index: 0, question: 'Amount', question_type: 'numeric' }],
  },
];

const workflow = [
  {
    uuid: uid(14, 1),
    name: 'Welcome new hires',
    description: 'Greets people who join',
    trigger_type: 'event',
    active: true,
    visible: true,
    action_summary: 'Send message',
    metadata: {},
    owner: ref(me),
    user_can_update: true,
    user_can_delete: true,
    total_runs: 12,
    last_run_at: T(daysAgo(3)),
    created_at: T(daysAgo(90)),
    updated_at: T(daysAgo(30)),
  },
  {
    uuid: uid(14, 2),
    name: 'Deploy notifier',
    description: 'Posts each deploy to the team',
    trigger_type: 'api_trigger',
    active: true,
    visible: true,
    action_summary: 'Send message',
    metadata: {},
    owner: ref(user[1]),
    user_can_update: true,
    user_can_delete: true,
    total_runs: 40,
    last_run_at: T(daysAgo(1)),
    created_at: T(daysAgo(60)),
    updated_at: T(daysAgo(10)),
  },
  {
    uuid: uid(14, 3),
    name: 'Old escalation',
    description: 'Paused',
    trigger_type: 'api_trigger',
    active: false,
    visible: true,
    action_summary: 'Send email',
    metadata: {},
    owner: ref(me),
    user_can_update: true,
    user_can_delete: true,
    total_runs: 2,
    last_run_at: T(daysAgo(200)),
    created_at: T(daysAgo(300)),
    updated_at: T(daysAgo(200)),
  },
];
const workflow_log = Array.from({ length: 5 }, (_, i) => ({
  id: 700 + i,
  workflow_uuid: workflow[i % 2].uuid,
  status: i === 3 ? 'failed' : 'success',
  trigger: i % 2 ? 'api_trigger' : 'event',
  started_at: T(daysAgo(i)),
  finished_at: T(daysAgo(i)),
}));

const mood = [{ user: me.uuid, date: daysAgo(1), score: 4, created_at: T(daysAgo(1)) }];

/** Event names a sample can be asked for (the dotted list of [DB-EVENTS], plus the newer [V3] events). */
export const EVENTS = [
  'followups.response.completed',
  'followups.response.updated',
  'followups.response.deleted',
  'forms.response.created',
  'forms.response.updated',
  'forms.response.deleted',
  'kudos.posted',
  'organization.user_activated',
  'organization.user_deactivated',
  'organization.team_user_added',
  'organization.team_user_removed',
  'followups.daily.finished',
  'forms.response.approved',
  'forms.response.denied',
  'workflow.finished',
];

const important_date = [
  {
    uuid: uid(12, 1),
    user: me.uuid,
    name: 'Summer vacation',
    is_specific_date: false,
    start_date: daysAgo(-30),
    end_date: daysAgo(-43),
    important_date_type: 'time_off',
    metadata: {},
  },
  {
    uuid: uid(12, 2),
    user: me.uuid,
    name: 'Work anniversary',
    is_specific_date: true,
    start_date: daysAgo(-90),
    end_date: daysAgo(-90),
    important_date_type: 'anniversary',
    metadata: {},
  },
  {
    uuid: uid(12, 3),
    user: user[1].uuid,
    name: 'Conference',
    is_specific_date: false,
    start_date: daysAgo(10),
    end_date: daysAgo(8),
    important_date_type: 'time_off',
    metadata: {},
  },
];

export const seed: Record<string, unknown> = {
  me: { ...me, organization: ORG, user: me.full_name, organization_uuid: ORG.uuid, organization_name: ORG.name },
  organization: { ...ORG, timezone: 'Europe/Berlin', members_count: user.length, created_at: '2024-02-01T00:00:00.000Z' },
  user,
  team,
  team_member,
  checkin,
  checkin_response,
  form,
  form_response,
  kudos,
  invitation,
  guest_invitation,
  important_date,
  template,
  workflow,
  workflow_log,
  mood,
  conversation: [],
  agent_report: [],
  webhook: [
    {
      hook_id: uid(13, 1),
      hook_url: 'https://hooks.sandbox.example/dailybot',
      name: 'Zapier',
      subscriptions: ['kudos.posted'],
      subscribed_objects: [],
      created_at: T(daysAgo(40)),
    },
  ],
  message: [],
  email: [],
};
