// tawk.to sandbox data: sample properties, chats, tickets, knowledge base… as the API returns them.
// Record ids are 24-hex ObjectIds (as tawk.to's property ids); chats and tickets carry UUID-style ids.
const T0 = Date.UTC(2026, 0, 5, 9); // 2026-01-05 09:00 UTC
export const at = (hours: number) => new Date(T0 + hours * 3_600_000).toISOString();
/** A seeded ObjectId: 8 hex of a fixed time, then the kind and a counter. */
const oid = (kind: number, n: number) => `659a1f00${kind.toString(16).padStart(8, '0')}${n.toString(16).padStart(8, '0')}`;
export const P1 = '64a1f0c2e4b0a1b2c3d4e5f6';
export const P2 = '64a1f0c2e4b0a1b2c3d4e5f7';
export const P3 = '64a1f0c2e4b0a1b2c3d4e5f8';
/** Seeded ids the tests name. */
export const ID = {
  sam: oid(1, 1),
  riley: oid(1, 2),
  morgan: oid(1, 3),
  ada: oid(1, 4),
  former: oid(1, 5),
  person: (n: number) => oid(2, n),
  widget: oid(3, 1),
  salesWidget: oid(3, 2),
  start: oid(4, 1),
  billing: oid(4, 2),
  invoices: oid(4, 3),
  ersteSchritte: oid(4, 4),
  article: (n: number) => oid(5, n),
  siteDe: oid(6, 1),
};
export const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const stamps = (h: number, later = 0) => ({ createdOn: at(h), updatedOn: at(h + later) });

export const agents = [
  { id: ID.sam, name: 'Sam Agent', email: 'agent@sandbox.example', role: 'admin' },
  { id: ID.riley, name: 'Riley Rep', email: 'riley@sandbox.example', role: 'agent' },
  { id: ID.morgan, name: 'Morgan Lead', email: 'morgan@sandbox.example', role: 'agent' },
];
const visitors = ['Ada Lovelace', 'Grace Hopper', 'Alan Turing', 'Edsger Dijkstra', 'Barbara Liskov', 'Donald Knuth'];
const questions = [
  'Where is my order?',
  'How do I reset my password?',
  'Do you ship to Portugal?',
  'Can I change my plan?',
  'Is there an API?',
];
const answers = [
  'Let me check that for you.',
  'I have sent you a reset link.',
  'Yes, within 5 working days.',
  'Sure, from the billing page.',
  'Yes, see our docs.',
];
const email = (name: string) => `${slug(name).replace(/-/g, '.')}@visitor.example`;

const contact = visitors.map((name, i) => ({
  id: ID.person(i + 1),
  propertyId: i < 5 ? P1 : P2,
  name,
  primaryEmail: email(name),
  emails: [email(name)],
  jobTitle: ['CTO', 'Buyer', 'Engineer'][i % 3],
  tags: i % 2 ? ['customer'] : ['lead'],
  firstSeenOn: at(-240 + i),
  lastSeenOn: at(i * 5),
  customAttributes: { plan: ['free', 'pro', 'team'][i % 3] },
  ...stamps(-240 + i, 100),
}));

// 30 chats on the first property (enough for paging with small pages), 4 on the second; one every
// 12 hours over two weeks, each updated up to two days after it began.
const chat = Array.from({ length: 34 }, (_, i) => {
  const person = contact[i < 30 ? i % 5 : 5];
  const agent = agents[i % 3];
  const start = i * 12;
  return {
    id: `70fe3290-99ad-11e9-a30a-${(0x51567162179f + i).toString(16)}`,
    propertyId: i < 30 ? P1 : P2,
    ...stamps(start, (i % 5) * 12 + 1),
    personId: person.id,
    status: i >= 27 && i < 30 ? 'open' : 'closed',
    visitor: { name: person.name, email: person.primaryEmail },
    messages: [
      { type: 'nav', sender: { t: 's', n: 'System' }, data: { url: 'https://acme.example/pricing', title: 'Pricing' }, time: at(start) },
      { type: 'msg', sender: { t: 'v', n: person.name }, msg: questions[i % 5], time: at(start + 0.01) },
      { type: 'msg', sender: { t: 'a', n: agent.name, id: agent.id }, msg: answers[i % 5], time: at(start + 0.02) },
    ],
  };
});

const ticket = Array.from({ length: 10 }, (_, i) => {
  const person = contact[i % 6];
  const status = (['open', 'pending', 'closed'] as const)[i % 3];
  const events: Record<string, unknown>[] = [
    { type: 'created', time: at(i * 20) },
    { type: 'reply', by: 'agent', agentId: agents[i % 3].id, time: at(i * 20 + 2) },
  ];
  if (status === 'closed') events.push({ type: 'resolved', time: at(i * 20 + 5) });
  if (i === 3) events.push({ type: 'reopened', time: at(i * 20 + 8) });
  return {
    id: `02598050-99ae-11e9-8887-${(0x97564881b95b + i).toString(16)}`,
    humanId: i + 1,
    propertyId: i < 8 ? P1 : P2,
    status,
    subject: `${questions[i % 5]} (#${i + 1})`,
    message: `Hello, ${questions[i % 5].toLowerCase()}`,
    requester: { name: person.name, email: person.primaryEmail },
    ...stamps(i * 20, (i % 4) * 30 + 2),
    events,
  };
});

const block = (text: string) => [
  { type: 'header', content: { text: `<p>${text}</p>`, heading: 'h2' } },
  { type: 'paragraph', content: { text: `<p>${text}: step by step.</p>`, size: 16 } },
];
const articleTitles = [
  'Install the widget',
  'Invite your team',
  'Set up triggers',
  'Use shortcuts',
  'Read chat history',
  'Export transcripts',
  'Update billing details',
  'Download invoices',
  'Change your plan',
  'Cancel a subscription',
  'Set business hours',
  'Translate the widget',
];
// KB articles are stored as {id, meta, content}, the shape knowledge-base.article.get answers with.
const kb_article = articleTitles.map((title, i) => {
  const category = i < 6 ? ID.start : i < 8 ? ID.invoices : ID.billing;
  const status = i === 11 ? 'draft' : i === 10 ? 'archived' : 'published';
  const site = i === 9 ? ID.siteDe : 'primary';
  return {
    id: ID.article(i + 1),
    propertyId: P1,
    meta: {
      visibility: i >= 10 ? 'private' : 'public',
      categories: [{ id: category, primary: true }],
      relatedArticles: [],
      sites: [{ id: site, author: agents[i % 3].id, status }],
      feedback: { upvotes: i, downvotes: i % 2, total: i + (i % 2) },
      position: i,
      createdAt: at(-500 + i * 24),
      updatedAt: at(-400 + i * 30 - (i % 3) * 50),
    },
    content: {
      translationId: oid(7, i + 1),
      siteId: site,
      title,
      status,
      subtitle: `How to ${title.toLowerCase()}`,
      author: agents[i % 3].id,
      slug: slug(title),
      metadata: {},
      contents: block(title),
    },
  };
});

const category = (
  id: string,
  name: string,
  description: string,
  parent: string | null,
  position: number,
  icon: string,
  site: string,
  count: number,
  hasChildren: boolean,
  h: number,
) => ({
  id,
  propertyId: P1,
  name,
  slug: slug(name),
  description,
  parent,
  position,
  icon: { type: 'predefined', content: icon },
  sites: [site],
  articlesCount: count,
  hasChildren,
  createdAt: at(h),
  updatedAt: at(h),
});
const siteFields = { banner: null, ticketForm: null, header: null, links: [] };

export const seed = {
  property: [
    { propertyId: P1, name: 'Acme Support', type: 'business', enabled: true, siteUrl: 'https://acme.example', ...stamps(-2000, 100) },
    { propertyId: P2, name: "Ada's Portfolio", type: 'profile', enabled: true, siteUrl: 'https://ada.example', ...stamps(-1500, 10) },
    { propertyId: P3, name: 'Old Shop', type: 'business', enabled: false, siteUrl: 'https://old-shop.example', ...stamps(-3000, 500) },
  ],
  me: { ...agents[0], status: 'online', properties: [P1, P2, P3] },
  member: [
    ...agents.map((a) => ({ ...a, propertyId: P1, enabled: true })),
    { id: ID.ada, name: 'Ada Owner', email: 'ada@ada.example', role: 'admin', propertyId: P2, enabled: true },
    { id: ID.former, name: 'Former Agent', email: 'former@sandbox.example', role: 'agent', propertyId: P1, enabled: false },
  ],
  invite: [
    { id: oid(8, 1), propertyId: P1, email: 'new.hire@acme.example', role: 'agent', ...stamps(-10) },
    { id: oid(8, 2), propertyId: P2, email: 'helper@ada.example', role: 'admin', ...stamps(-30) },
  ],
  chat,
  ticket,
  contact,
  contact_attribute: [
    { propertyId: P1, key: 'plan', object: 'person', label: 'Plan', dataType: 'string', fullPath: 'customAttributes.plan' },
    { propertyId: P1, key: 'ltv', object: 'person', label: 'Lifetime value', dataType: 'number', fullPath: 'customAttributes.ltv' },
    {
      propertyId: P1,
      key: 'industry',
      object: 'organization',
      label: 'Industry',
      dataType: 'string',
      fullPath: 'customAttributes.industry',
    },
    { propertyId: P2, key: 'plan', object: 'person', label: 'Plan', dataType: 'string', fullPath: 'customAttributes.plan' },
  ],
  widget: [
    { id: ID.widget, propertyId: P1, name: 'Default', settings: { color: '#03a84e', position: 'br', uploads: true }, ...stamps(-900, 40) },
    { id: ID.salesWidget, propertyId: P1, name: 'Sales', settings: { color: '#1e88e5', position: 'bl', uploads: false }, ...stamps(-700) },
  ],
  widget_card: [{ id: oid(9, 1), propertyId: P1, widgetId: ID.widget, type: 'kb', title: 'Help center', ...stamps(-800) }],
  widget_settings: { consent: false, soundNotifications: true, hideWhenOffline: false, language: 'en' },
  widget_api_key: [
    { id: oid(10, 1), propertyId: P1, widgetId: ID.widget, key: 'sandbox-widget-api-key-0001', ...stamps(-600) },
    { id: oid(10, 2), propertyId: P2, widgetId: oid(3, 3), key: 'sandbox-widget-api-key-0002', ...stamps(-500) },
  ],
  tab_type: [
    { id: 'kb', name: 'Knowledge Base' },
    { id: 'faq', name: 'FAQ' },
    { id: 'custom', name: 'Custom page' },
  ],
  tab: [
    { id: oid(11, 1), propertyId: P1, type: 'kb', name: 'Help', position: 0, ...stamps(-300) },
    { id: oid(11, 2), propertyId: P1, type: 'custom', name: 'News', position: 1, ...stamps(-200, 5) },
  ],
  kb: [
    {
      propertyId: P1,
      title: 'Acme Help Center',
      description: 'Answers for Acme customers',
      language: 'en',
      subdomain: 'acme-help',
      domain: 'help.acme.example',
      domainCandidates: [],
      published: true,
      font: 'inter',
      widgetId: ID.widget,
    },
  ],
  kb_site: [
    {
      id: 'primary',
      propertyId: P1,
      language: 'en',
      title: 'Acme Help',
      description: 'Answers for Acme customers',
      primary: true,
      enabled: true,
      widgetId: ID.widget,
      ...siteFields,
    },
    {
      id: ID.siteDe,
      propertyId: P1,
      language: 'de',
      title: 'Acme Hilfe',
      description: '',
      primary: false,
      enabled: false,
      widgetId: null,
      ...siteFields,
    },
  ],
  kb_site_link: [
    { id: oid(12, 1), propertyId: P1, siteId: 'primary', label: 'Status', url: 'https://status.acme.example', ...stamps(-100) },
  ],
  kb_category: [
    category(ID.start, 'Getting started', 'First steps', null, 0, 'rocket', 'primary', 6, false, -600),
    category(ID.billing, 'Billing', 'Plans and payments', null, 1, 'card', 'primary', 4, true, -600),
    category(ID.invoices, 'Invoices', 'Invoice questions', ID.billing, 0, 'file', 'primary', 2, false, -590),
    category(ID.ersteSchritte, 'Erste Schritte', 'Die ersten Schritte', null, 0, 'rocket', ID.siteDe, 0, false, -580),
  ],
  kb_article,
  kb_font: [
    { id: 'inter', name: 'Inter' },
    { id: 'lato', name: 'Lato' },
    { id: 'merriweather', name: 'Merriweather' },
  ],
  kb_language: [
    { id: 'en', code: 'en', name: 'English' },
    { id: 'de', code: 'de', name: 'German' },
    { id: 'pt-br', code: 'pt-br', name: 'Portuguese (Brazil)' },
    { id: 'it', code: 'it', name: 'Italian' },
  ],
  webhook: [
    {
      id: oid(13, 1),
      propertyId: P1,
      name: 'CRM sync',
      url: 'https://hooks.sandbox.example/tawk',
      events: ['chat:end', 'ticket:create'],
      enabled: true,
      ...stamps(-50),
    },
    {
      id: oid(13, 2),
      propertyId: P2,
      name: 'Mail',
      url: 'https://hooks.sandbox.example/ada',
      events: ['chat:start'],
      enabled: false,
      ...stamps(-40),
    },
  ],
};
