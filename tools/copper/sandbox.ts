// Copper sandbox: sample CRM data and the routes the generic emulator cannot infer.
import type { SandboxDefinition } from '../../src/declaration.js';

const T0 = 1767225600; // 2026-01-01
const first = ['Ada', 'Grace', 'Alan', 'Edsger', 'Barbara', 'Donald', 'Frances', 'Ken', 'Margaret', 'Dennis', 'Radia', 'Tim'];
const last = ['Lovelace', 'Hopper', 'Turing', 'Dijkstra', 'Liskov', 'Knuth', 'Allen', 'Thompson', 'Hamilton', 'Ritchie', 'Perlman', 'Berners-Lee'];
const companies = ['Acme Corp', 'Globex', 'Initech', 'Umbrella Labs', 'Stark Industries', 'Wayne Enterprises', 'Hooli', 'Pied Piper'];
const domain = (c: string) => `${c.toLowerCase().replace(/[^a-z]/g, '')}.example`;

const company = companies.map((name, i) => ({
  id: 100 + i, name, email_domain: domain(name), assignee_id: 1 + (i % 3), tags: i % 2 ? ['customer'] : ['prospect'],
  address: { city: ['Berlin', 'Austin', 'Lisbon', 'Osaka'][i % 4], country: ['DE', 'US', 'PT', 'JP'][i % 4] },
  phone_numbers: [{ number: `+1 555 010${i}`, category: 'work' }], custom_fields: [], date_created: T0 + i * 3600, date_modified: T0 + i * 7200,
}));

const person = Array.from({ length: 36 }, (_, i) => {
  const name = `${first[i % 12]} ${last[(i * 5) % 12]}`;
  const c = company[i % company.length];
  return {
    id: 1000 + i, name, first_name: first[i % 12], last_name: last[(i * 5) % 12], title: ['CEO', 'CTO', 'Buyer', 'Engineer'][i % 4],
    company_id: c.id, company_name: c.name, assignee_id: 1 + (i % 3), contact_type_id: 1,
    emails: [{ email: `${first[i % 12].toLowerCase()}.${i}@${c.email_domain}`, category: 'work' }],
    phone_numbers: [{ number: `+1 555 02${String(i).padStart(2, '0')}`, category: 'mobile' }],
    tags: i % 3 === 0 ? ['vip'] : i % 3 === 1 ? ['newsletter'] : [], interaction_count: i % 7,
    address: c.address, custom_fields: [], date_created: T0 + i * 86400, date_modified: T0 + i * 90000,
  };
});

const pipeline = [
  { id: 1, name: 'Sales', stages: [{ id: 11, name: 'Qualified', win_probability: 20 }, { id: 12, name: 'Proposal', win_probability: 50 }, { id: 13, name: 'Negotiation', win_probability: 80 }] },
  { id: 2, name: 'Renewals', stages: [{ id: 21, name: 'Due', win_probability: 60 }, { id: 22, name: 'Signed', win_probability: 100 }] },
];

const sandbox: SandboxDefinition = {
  idType: 'int',
  errorBody: (status, message) => ({ success: false, status, message }),
  seed: {
    person,
    company,
    lead: [
      { id: 500, name: 'Linus Benedict', email: { email: 'linus@opensource.example', category: 'work' }, company_name: 'Kernel Co', status: 'New', monetary_value: 12000, tags: ['inbound'], assignee_id: 1 },
      { id: 501, name: 'Sophie Wilson', email: { email: 'sophie@arm.example', category: 'work' }, company_name: 'Acorn', status: 'Contacted', monetary_value: 30000, tags: [], assignee_id: 2 },
      { id: 502, name: 'Hedy Lamarr', email: { email: 'hedy@spread.example', category: 'work' }, company_name: 'Globex', status: 'Qualified', monetary_value: 8000, tags: ['event'], assignee_id: 3 },
      { id: 503, name: 'John Backus', email: { email: 'john@fortran.example', category: 'work' }, company_name: 'Formula Inc', status: 'Unqualified', monetary_value: 0, tags: [], assignee_id: 1 },
    ],
    opportunity: [
      { id: 700, name: 'Acme renewal', company_id: 100, primary_contact_id: 1000, pipeline_id: 2, pipeline_stage_id: 21, status: 'Open', monetary_value: 24000, close_date: '03/31/2026', tags: [] },
      { id: 701, name: 'Globex expansion', company_id: 101, primary_contact_id: 1001, pipeline_id: 1, pipeline_stage_id: 12, status: 'Open', monetary_value: 90000, close_date: '06/30/2026', tags: ['upsell'] },
      { id: 702, name: 'Initech pilot', company_id: 102, primary_contact_id: 1002, pipeline_id: 1, pipeline_stage_id: 13, status: 'Won', monetary_value: 15000, close_date: '01/15/2026', tags: [] },
    ],
    task: [
      { id: 800, name: 'Send proposal to Globex', related_resource: { id: 701, type: 'opportunity' }, assignee_id: 1, status: 'Open', priority: 'High', due_date: T0 + 14 * 86400, tags: [] },
      { id: 801, name: 'Call Ada about renewal', related_resource: { id: 1000, type: 'person' }, assignee_id: 2, status: 'Completed', priority: 'None', due_date: T0 + 3 * 86400, tags: [] },
    ],
    activity: [
      { id: 900, parent: { id: 1000, type: 'person' }, type: { category: 'user', id: 0 }, details: 'Met at the Berlin meetup; interested in the API.', activity_date: T0 + 3600, user_id: 1 },
      { id: 901, parent: { id: 701, type: 'opportunity' }, type: { category: 'system', id: 3 }, details: 'Stage changed to Proposal', activity_date: T0 + 7200, user_id: 1 },
    ],
    project: [
      { id: 600, name: 'Acme onboarding', assignee_id: 1, status: 'Open', tags: ['onboarding'], related_resource: { id: 100, type: 'company' }, date_created: T0, date_modified: T0 },
      { id: 601, name: 'Website relaunch', assignee_id: 2, status: 'Completed', tags: [], date_created: T0, date_modified: T0 },
    ],
    pipeline,
    pipeline_stage: pipeline.flatMap((p) => p.stages.map((s) => ({ ...s, pipeline_id: p.id }))),
    custom_field: [
      { id: 50, name: 'Industry', data_type: 'Dropdown', available_on: ['company', 'lead'], is_filterable: true, options: [{ id: 1, name: 'Software', rank: 0 }, { id: 2, name: 'Retail', rank: 1 }] },
      { id: 51, name: 'Contract end', data_type: 'Date', available_on: ['opportunity'], is_filterable: true },
      { id: 52, name: 'NPS', data_type: 'Float', available_on: ['person'], is_filterable: false },
    ],
    account: { id: 42, name: 'Sandbox Co', primary_timezone: 'Europe/Berlin', settings: { setting_team_permissions_enabled: false, setting_enable_leads: true } },
    user: [
      { id: 1, name: 'Sam Agent', email: 'agent@sandbox.example', groups: [{ id: 1, name: 'Sales' }] },
      { id: 2, name: 'Riley Rep', email: 'riley@sandbox.example', groups: [{ id: 1, name: 'Sales' }] },
      { id: 3, name: 'Morgan Manager', email: 'morgan@sandbox.example', groups: [{ id: 2, name: 'Leads' }] },
    ],
    webhook: [{ id: 17065, target: 'https://hooks.sandbox.example/copper', type: 'lead', event: 'new', secret: {}, headers: {}, created_at: T0 }],
  },
  routes: {
    copper_fetch_person_by_email: (req, store) => {
      const email = String(req.args.email ?? '').toLowerCase();
      const p = store.collection('person').find((r) => r.emails?.some((e: { email: string }) => e.email.toLowerCase() === email));
      return p ? { status: 200, body: p } : { status: 404, body: { success: false, status: 404, message: 'Resource not found' } };
    },
    copper_get_current_user: (_req, store) => ({ status: 200, body: store.collection('user')[0] }),
    copper_convert_lead: (req, store) => {
      const leads = store.collection('lead');
      const i = leads.findIndex((l) => String(l.id) === req.params.id);
      if (i < 0) return { status: 404, body: { success: false, status: 404, message: 'Resource not found' } };
      const lead = leads[i];
      const d = (req.body?.details ?? {}) as Record<string, any>;
      const now = Math.floor(Date.now() / 1000);
      const person = { id: store.nextId(), name: d.person?.name ?? lead.name, emails: lead.email ? [lead.email] : [], assignee_id: d.person?.assignee_id ?? lead.assignee_id, date_created: now, date_modified: now } as Record<string, any>;
      let company: Record<string, any> | null = null;
      if (d.company?.id) company = store.collection('company').find((c) => c.id === d.company.id) ?? null;
      else if (d.company?.name !== '' && (d.company?.name ?? lead.company_name)) {
        const name = d.company?.name ?? lead.company_name;
        company = store.collection('company').find((c) => c.name.toLowerCase() === name.toLowerCase()) ?? null;
        if (!company) store.collection('company').push((company = { id: store.nextId(), name, date_created: now, date_modified: now }));
      }
      if (company) { person.company_id = company.id; person.company_name = company.name; }
      store.collection('person').push(person);
      let opportunity: Record<string, any> | null = null;
      if (d.opportunity) store.collection('opportunity').push((opportunity = { id: store.nextId(), status: 'Open', primary_contact_id: person.id, company_id: company?.id, ...d.opportunity }));
      leads.splice(i, 1); // converting removes the lead
      return { status: 200, body: { person, company, opportunity } };
    },
  },
};

export default sandbox;
