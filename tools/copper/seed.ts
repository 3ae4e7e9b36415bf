// Copper sandbox data: varied enough that every search filter narrows (each filtered field takes
// several values across records, and some records leave it empty for Copper's -2 = none).
const T0 = 1767225600; // 2026-01-01
const DAY = 86400;
const first = ['Ada', 'Grace', 'Alan', 'Edsger', 'Barbara', 'Donald', 'Frances', 'Ken', 'Margaret', 'Dennis', 'Radia', 'Tim'];
const last = [
  'Lovelace',
  'Hopper',
  'Turing',
  'Dijkstra',
  'Liskov',
  'Knuth',
  'Allen',
  'Thompson',
  'Hamilton',
  'Ritchie',
  'Perlman',
  'Berners-Lee',
];
const companies = ['Acme Corp', 'Globex', 'Initech', 'Umbrella Labs', 'Stark Industries', 'Wayne Enterprises', 'Hooli', 'Pied Piper'];
const domain = (c: string) => `${c.toLowerCase().replace(/[^a-z]/g, '')}.example`;

// Pied Piper (the last) has no email domain, so an email_domains filter must not match it.
const company = companies.map((name, i) => ({
  id: 100 + i,
  name,
  ...(i < companies.length - 1 ? { email_domain: domain(name) } : {}),
  assignee_id: 1 + (i % 3),
  contact_type_id: 1 + (i % 4),
  tags: i % 2 ? ['customer'] : ['prospect'],
  address: { city: ['Berlin', 'Austin', 'Lisbon', 'Osaka'][i % 4], country: ['DE', 'US', 'PT', 'JP'][i % 4] },
  phone_numbers: [{ number: `+1 555 010${i}`, category: 'work' }],
  custom_fields: [],
  interaction_count: i % 5,
  date_created: T0 + i * 3600,
  date_modified: T0 + i * 7200,
}));

// The last two people have no company and no owner (for company_ids / assignee_ids -2).
const person = Array.from({ length: 36 }, (_, i) => {
  const name = `${first[i % 12]} ${last[(i * 5) % 12]}`;
  const c = company[i % company.length];
  const loose = i >= 34;
  return {
    id: 1000 + i,
    name,
    first_name: first[i % 12],
    last_name: last[(i * 5) % 12],
    title: ['CEO', 'CTO', 'Buyer', 'Engineer'][i % 4],
    ...(loose ? {} : { company_id: c.id, company_name: c.name, assignee_id: 1 + (i % 3) }),
    contact_type_id: 1 + (i % 4),
    emails: [{ email: `${first[i % 12].toLowerCase()}.${i}@${domain(c.name)}`, category: 'work' }],
    phone_numbers: [{ number: `+1 555 02${String(i).padStart(2, '0')}`, category: 'mobile' }],
    tags: i % 3 === 0 ? ['vip'] : i % 3 === 1 ? ['newsletter'] : [],
    interaction_count: i % 7,
    address: c.address,
    custom_fields: [],
    date_created: T0 + i * DAY,
    date_modified: T0 + i * 90000,
  };
});

const pipeline = [
  {
    id: 1,
    name: 'Sales',
    stages: [
      { id: 11, name: 'Qualified', win_probability: 20 },
      { id: 12, name: 'Proposal', win_probability: 50 },
      { id: 13, name: 'Negotiation', win_probability: 80 },
    ],
  },
  {
    id: 2,
    name: 'Renewals',
    stages: [
      { id: 21, name: 'Due', win_probability: 60 },
      { id: 22, name: 'Signed', win_probability: 100 },
    ],
  },
];

const lead_status = [
  { id: 1, name: 'New', order: 1, is_default: true },
  { id: 2, name: 'Unqualified', order: 2, is_default: false },
  { id: 3, name: 'Contacted', order: 3, is_default: false },
  { id: 4, name: 'Qualified', order: 4, is_default: false },
];
const statusId = (s: string) => lead_status.find((x) => x.name === s)!.id;
const lead = [
  {
    id: 500,
    name: 'Linus Benedict',
    email: { email: 'linus@opensource.example', category: 'work' },
    company_name: 'Kernel Co',
    status: 'New',
    monetary_value: 12000,
    tags: ['inbound'],
    assignee_id: 1,
    customer_source_id: 1,
  },
  {
    id: 501,
    name: 'Sophie Wilson',
    email: { email: 'sophie@arm.example', category: 'work' },
    company_name: 'Acorn',
    status: 'Contacted',
    monetary_value: 30000,
    tags: [],
    assignee_id: 2,
    customer_source_id: 2,
  },
  {
    id: 502,
    name: 'Hedy Lamarr',
    email: { email: 'hedy@spread.example', category: 'work' },
    company_name: 'Globex',
    status: 'Qualified',
    monetary_value: 8000,
    tags: ['event'],
    assignee_id: 3,
  },
  {
    id: 503,
    name: 'John Backus',
    email: { email: 'john@fortran.example', category: 'work' },
    company_name: 'Formula Inc',
    status: 'Unqualified',
    monetary_value: 0,
    tags: [],
    customer_source_id: 3,
  },
].map((l, i) => ({ ...l, status_id: statusId(l.status), date_created: T0 + i * DAY, date_modified: T0 + i * DAY + 600 }));

const opportunity = [
  {
    id: 700,
    name: 'Acme renewal',
    company_id: 100,
    primary_contact_id: 1000,
    pipeline_id: 2,
    pipeline_stage_id: 21,
    status: 'Open',
    priority: 'High',
    monetary_value: 24000,
    close_date: '03/31/2026',
    tags: [],
    assignee_id: 1,
  },
  {
    id: 701,
    name: 'Globex expansion',
    company_id: 101,
    primary_contact_id: 1001,
    pipeline_id: 1,
    pipeline_stage_id: 12,
    status: 'Open',
    priority: 'Medium',
    monetary_value: 90000,
    close_date: '06/30/2026',
    tags: ['upsell'],
    assignee_id: 2,
  },
  {
    id: 702,
    name: 'Initech pilot',
    company_id: 102,
    primary_contact_id: 1002,
    pipeline_id: 1,
    pipeline_stage_id: 13,
    status: 'Won',
    priority: 'None',
    monetary_value: 15000,
    close_date: '01/15/2026',
    tags: [],
    assignee_id: 1,
  },
  {
    id: 703,
    name: 'Hooli trial',
    company_id: 106,
    primary_contact_id: 1006,
    pipeline_id: 1,
    pipeline_stage_id: 11,
    status: 'Lost',
    priority: 'Low',
    monetary_value: 5000,
    close_date: '02/10/2026',
    tags: ['trial'],
    loss_reason_id: 1,
  },
].map((o, i) => ({ ...o, date_created: T0 + i * DAY, date_modified: T0 + i * DAY + 600 }));

const task = [
  {
    id: 800,
    name: 'Send proposal to Globex',
    related_resource: { id: 701, type: 'opportunity' },
    assignee_id: 1,
    status: 'Open',
    priority: 'High',
    due_date: T0 + 14 * DAY,
    tags: ['sales'],
  },
  {
    id: 801,
    name: 'Call Ada about renewal',
    related_resource: { id: 1000, type: 'person' },
    assignee_id: 2,
    status: 'Completed',
    priority: 'None',
    due_date: T0 + 3 * DAY,
    tags: [],
  },
  {
    id: 802,
    name: 'Kick-off onboarding',
    related_resource: { id: 600, type: 'project' },
    status: 'Open',
    priority: 'None',
    due_date: T0 + 30 * DAY,
    tags: ['onboarding'],
  },
].map((t, i) => ({ ...t, date_created: T0 + i * DAY, date_modified: T0 + i * DAY + 600 }));

const activity = [
  {
    id: 900,
    parent: { id: 1000, type: 'person' },
    type: { category: 'user', id: 0 },
    details: 'Met at the Berlin meetup; interested in the API.',
    activity_date: T0 + 3600,
    user_id: 1,
  },
  {
    id: 901,
    parent: { id: 701, type: 'opportunity' },
    type: { category: 'system', id: 3 },
    details: 'Stage changed to Proposal',
    activity_date: T0 + 7200,
    user_id: 1,
  },
  {
    id: 902,
    parent: { id: 100, type: 'company' },
    type: { category: 'user', id: 2 },
    details: 'Quarterly review call',
    activity_date: T0 + 5 * DAY,
    user_id: 2,
  },
  {
    id: 903,
    parent: { id: 500, type: 'lead' },
    type: { category: 'user', id: 0 },
    details: 'Asked for pricing',
    activity_date: T0 + 9 * DAY,
    user_id: 3,
  },
].map((a) => ({ ...a, date_created: a.activity_date, date_modified: a.activity_date }));

const project = [
  {
    id: 600,
    name: 'Acme onboarding',
    assignee_id: 1,
    status: 'Open',
    tags: ['onboarding'],
    related_resource: { id: 100, type: 'company' },
    date_created: T0,
    date_modified: T0,
  },
  { id: 601, name: 'Website relaunch', assignee_id: 2, status: 'Completed', tags: [], date_created: T0 + DAY, date_modified: T0 + DAY },
  { id: 602, name: 'Globex integration', status: 'Open', tags: ['integration'], date_created: T0 + 2 * DAY, date_modified: T0 + 2 * DAY },
];

// Related Items, both ways (related-items/overview.md): what the records' own links say.
type Ref = { id: number; type: string };
const links: [Ref, Ref][] = [
  ...person
    .filter((p) => p.company_id)
    .slice(0, 8)
    .map((p): [Ref, Ref] => [
      { id: p.id, type: 'person' },
      { id: p.company_id!, type: 'company' },
    ]),
  ...opportunity.map((o): [Ref, Ref] => [
    { id: o.id, type: 'opportunity' },
    { id: o.company_id, type: 'company' },
  ]),
  ...opportunity.map((o): [Ref, Ref] => [
    { id: o.id, type: 'opportunity' },
    { id: o.primary_contact_id, type: 'person' },
  ]),
  ...task.map((t): [Ref, Ref] => [{ id: t.id, type: 'task' }, t.related_resource]),
  [
    { id: 600, type: 'project' },
    { id: 100, type: 'company' },
  ],
];
const relation = links.map(([source, target], i) => ({ id: 1 + i, source, target }));

export const seed = {
  person,
  company,
  lead,
  opportunity,
  task,
  activity,
  project,
  pipeline,
  pipeline_stage: pipeline.flatMap((p) => p.stages.map((s) => ({ ...s, pipeline_id: p.id }))),
  custom_field: [
    {
      id: 50,
      name: 'Industry',
      data_type: 'Dropdown',
      available_on: ['company', 'lead'],
      is_filterable: true,
      options: [
        { id: 1, name: 'Software', rank: 0 },
        { id: 2, name: 'Retail', rank: 1 },
      ],
    },
    { id: 51, name: 'Contract end', data_type: 'Date', available_on: ['opportunity'], is_filterable: true },
    { id: 52, name: 'NPS', data_type: 'Float', available_on: ['person'], is_filterable: false },
    { id: 53, name: 'Referred by', data_type: 'Connect', available_on: ['person'], is_filterable: false },
  ],
  account: {
    id: 42,
    name: 'Sandbox Co',
    primary_timezone: 'Europe/Berlin',
    settings: { setting_team_permissions_enabled: false, setting_enable_leads: true },
  },
  user: [
    { id: 1, name: 'Sam Agent', email: 'agent@sandbox.example', groups: [{ id: 1, name: 'Sales' }] },
    { id: 2, name: 'Riley Rep', email: 'riley@sandbox.example', groups: [{ id: 1, name: 'Sales' }] },
    { id: 3, name: 'Morgan Manager', email: 'morgan@sandbox.example', groups: [{ id: 2, name: 'Leads' }] },
  ],
  webhook: [
    { id: 17065, target: 'https://hooks.sandbox.example/copper', type: 'lead', event: 'new', secret: {}, headers: {}, created_at: T0 },
  ],
  lead_status,
  customer_source: [
    { id: 1, name: 'Email' },
    { id: 2, name: 'Cold Call' },
    { id: 3, name: 'Advertising' },
  ],
  contact_type: [
    { id: 1, name: 'Potential Customer' },
    { id: 2, name: 'Current Customer' },
    { id: 3, name: 'Uncategorized' },
    { id: 4, name: 'Other' },
  ],
  loss_reason: [
    { id: 1, name: 'Price' },
    { id: 2, name: 'Features' },
    { id: 3, name: 'Competitor' },
  ],
  // GET /activity_types answers one object keyed by category (8.-Activities/list-activity-types.md).
  activity_type: {
    user: [
      { id: 0, category: 'user', name: 'Note', is_disabled: false, count_as_interaction: false },
      { id: 1, category: 'user', name: 'Phone Call', is_disabled: false, count_as_interaction: true },
      { id: 2, category: 'user', name: 'Meeting', is_disabled: false, count_as_interaction: true },
    ],
    system: [
      { id: 1, category: 'system', name: 'Property Changed', is_disabled: false, count_as_interaction: false },
      { id: 3, category: 'system', name: 'Pipeline Stage Changed', is_disabled: false, count_as_interaction: false },
    ],
  },
  // Connect-field links on "Referred by" (custom-fields/connect-fields/list-the-connections-on-specified-entity.md).
  connection: [
    {
      id: 375,
      custom_field_definition_id: 53,
      source: { id: 1000, entity_type: 'people', name: person[0].name },
      target: { id: 1001, entity_type: 'people', name: person[1].name },
    },
    {
      id: 376,
      custom_field_definition_id: 53,
      source: { id: 1000, entity_type: 'people', name: person[0].name },
      target: { id: 2, entity_type: 'user', name: 'Riley Rep' },
    },
    {
      id: 377,
      custom_field_definition_id: 53,
      source: { id: 1002, entity_type: 'people', name: person[2].name },
      target: { id: 1000, entity_type: 'people', name: person[0].name },
    },
  ],
  relation,
};
