// tawk.to sandbox: sample properties, chats, tickets, knowledge base… in the `{ok, data}` envelope, and
// the routes the generic emulator cannot infer (property.info, KB articles, settings, metrics…).
import type { SandboxDefinition, SandboxRequest, SandboxResult, SandboxStore } from '../../src/declaration.js';

const T0 = Date.UTC(2026, 0, 5, 9); // 2026-01-05 09:00 UTC
const at = (hours: number) => new Date(T0 + hours * 3_600_000).toISOString();
const P1 = '64a1f0c2e4b0a1b2c3d4e5f6';
const P2 = '64a1f0c2e4b0a1b2c3d4e5f7';
const P3 = '64a1f0c2e4b0a1b2c3d4e5f8';

// The emulator's generic error codes, said the way tawk.to says them (catalog §5).
const CODES: Record<string, string> = { unauthorized: 'auth_error', bad_request: 'validation_error', injected: 'internal_error', internal: 'internal_error' };

const ok = (data?: unknown): SandboxResult => ({ status: 200, body: data === undefined ? { ok: true } : { ok: true, data } });
const fail = (status: number, error: string, message: string): SandboxResult => ({ status, body: { ok: false, error, message } });
const notFound = (what: string) => fail(404, 'not_found', `${what} not found`);
const byProperty = (store: SandboxStore, name: string, req: SandboxRequest) => store.collection(name).filter((r) => r.propertyId === req.args.propertyId);
const find = (store: SandboxStore, name: string, id: unknown) => store.collection(name).find((r) => String(r.id) === String(id));

const agents = [
  { id: 'agt_sam', name: 'Sam Agent', email: 'agent@sandbox.example', role: 'admin' },
  { id: 'agt_riley', name: 'Riley Rep', email: 'riley@sandbox.example', role: 'agent' },
  { id: 'agt_morgan', name: 'Morgan Lead', email: 'morgan@sandbox.example', role: 'agent' },
];
const visitors = ['Ada Lovelace', 'Grace Hopper', 'Alan Turing', 'Edsger Dijkstra', 'Barbara Liskov', 'Donald Knuth'];
const questions = ['Where is my order?', 'How do I reset my password?', 'Do you ship to Portugal?', 'Can I change my plan?', 'Is there an API?'];
const answers = ['Let me check that for you.', 'I have sent you a reset link.', 'Yes, within 5 working days.', 'Sure, from the billing page.', 'Yes, see our docs.'];
const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const email = (name: string) => `${slug(name).replace(/-/g, '.')}@visitor.example`;

const contact = visitors.map((name, i) => ({
  id: `per_${i + 1}`, propertyId: i < 5 ? P1 : P2, name, primaryEmail: email(name), emails: [email(name)], jobTitle: ['CTO', 'Buyer', 'Engineer'][i % 3],
  tags: i % 2 ? ['customer'] : ['lead'], firstSeenOn: at(-240 + i), lastSeenOn: at(i * 5), customAttributes: { plan: ['free', 'pro', 'team'][i % 3] },
}));

// 30 chats on the first property (enough for paging with small pages), 4 on the second.
const chat = Array.from({ length: 34 }, (_, i) => {
  const person = contact[i < 30 ? i % 5 : 5];
  const agent = agents[i % 3];
  const start = i * 6;
  return {
    id: `70fe3290-99ad-11e9-a30a-${(0x51567162179f + i).toString(16)}`, propertyId: i < 30 ? P1 : P2, createdOn: at(start), personId: person.id,
    status: i >= 27 && i < 30 ? 'open' : 'closed', visitor: { name: person.name, email: person.primaryEmail },
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
    id: `02598050-99ae-11e9-8887-${(0x97564881b95b + i).toString(16)}`, humanId: i + 1, propertyId: i < 8 ? P1 : P2, status,
    subject: `${questions[i % 5]} (#${i + 1})`, message: `Hello, ${questions[i % 5].toLowerCase()}`, requester: { name: person.name, email: person.primaryEmail },
    createdOn: at(i * 20), events,
  };
});

const block = (text: string) => [
  { type: 'header', content: { text: `<p>${text}</p>`, heading: 'h2' } },
  { type: 'paragraph', content: { text: `<p>${text}: step by step.</p>`, size: 16 } },
];
const articleTitles = [
  'Install the widget', 'Invite your team', 'Set up triggers', 'Use shortcuts', 'Read chat history', 'Export transcripts',
  'Update billing details', 'Download invoices', 'Change your plan', 'Cancel a subscription', 'Set business hours', 'Translate the widget',
];
const kb_article = articleTitles.map((title, i) => {
  const category = i < 6 ? 'cat_start' : i < 8 ? 'cat_invoices' : 'cat_billing';
  const status = i === 11 ? 'draft' : 'published';
  return {
    id: `art_${String(i + 1).padStart(2, '0')}`, propertyId: P1,
    meta: {
      visibility: i === 11 ? 'private' : 'public', categories: [{ id: category, primary: true }], relatedArticles: [],
      sites: [{ id: 'primary', author: agents[i % 3].id, status }], feedback: { upvotes: i, downvotes: i % 2, total: i + (i % 2) },
      position: i, createdAt: at(-500 + i), updatedAt: at(-400 + i),
    },
    content: { translationId: `tr_${i + 1}`, siteId: 'primary', title, status, subtitle: `How to ${title.toLowerCase()}`, author: agents[i % 3].id, slug: slug(title), metadata: {}, contents: block(title) },
  };
});

const sandbox: SandboxDefinition = {
  idType: 'string',
  errorBody: (_status, message, code) => ({ ok: false, error: CODES[code] ?? code, message }),
  recordBody: (r) => ({ ok: true, data: r }),
  listBody: (page) => ({ ok: true, ...page }),
  deletedBody: () => ({ ok: true }),
  seed: {
    property: [
      { propertyId: P1, name: 'Acme Support', type: 'business', enabled: true, siteUrl: 'https://acme.example', createdOn: at(-2000) },
      { propertyId: P2, name: "Ada's Portfolio", type: 'profile', enabled: true, siteUrl: 'https://ada.example', createdOn: at(-1500) },
      { propertyId: P3, name: 'Old Shop', type: 'business', enabled: false, siteUrl: 'https://old-shop.example', createdOn: at(-3000) },
    ],
    me: { ...agents[0], status: 'online', properties: [P1, P2, P3] },
    member: [
      ...agents.map((a) => ({ ...a, propertyId: P1, enabled: true })),
      { id: 'agt_ada', name: 'Ada Owner', email: 'ada@ada.example', role: 'admin', propertyId: P2, enabled: true },
      { id: 'agt_old', name: 'Former Agent', email: 'former@sandbox.example', role: 'agent', propertyId: P1, enabled: false },
    ],
    invite: [{ id: 'inv_1', propertyId: P1, email: 'new.hire@acme.example', role: 'agent', createdOn: at(-10) }],
    chat,
    ticket,
    contact,
    contact_attribute: [
      { key: 'plan', object: 'person', label: 'Plan', dataType: 'string', fullPath: 'customAttributes.plan' },
      { key: 'ltv', object: 'person', label: 'Lifetime value', dataType: 'number', fullPath: 'customAttributes.ltv' },
      { key: 'industry', object: 'organization', label: 'Industry', dataType: 'string', fullPath: 'customAttributes.industry' },
    ],
    widget: [
      { id: 'wdg_default', propertyId: P1, name: 'Default', type: 'inline', settings: { color: '#03a84e', position: 'br', uploads: true } },
      { id: 'wdg_sales', propertyId: P1, name: 'Sales', type: 'inline', settings: { color: '#1e88e5', position: 'bl', uploads: false } },
    ],
    widget_card: [{ id: 'card_1', propertyId: P1, widgetId: 'wdg_default', type: 'kb', title: 'Help center' }],
    widget_settings: { consent: false, soundNotifications: true, hideWhenOffline: false, language: 'en' },
    widget_api_key: [{ id: 'wk_1', propertyId: P1, widgetId: 'wdg_default', key: 'sandbox-widget-api-key-0001' }],
    tab_type: [
      { id: 'kb', name: 'Knowledge Base' },
      { id: 'faq', name: 'FAQ' },
      { id: 'custom', name: 'Custom page' },
    ],
    tab: [
      { id: 'tab_help', propertyId: P1, type: 'kb', name: 'Help', position: 0 },
      { id: 'tab_news', propertyId: P1, type: 'custom', name: 'News', position: 1 },
    ],
    kb: [{ propertyId: P1, title: 'Acme Help Center', language: 'en', subdomain: 'acme-help', domain: 'help.acme.example', domainCandidates: [], published: true, font: 'inter' }],
    kb_site: [
      { id: 'primary', propertyId: P1, language: 'en', title: 'Acme Help', description: 'Answers for Acme customers', primary: true, enabled: true, widgetId: 'wdg_default', banner: null, ticketForm: null, header: null, links: [] },
      { id: 'site_de', propertyId: P1, language: 'de', title: 'Acme Hilfe', description: '', primary: false, enabled: false, widgetId: null, banner: null, ticketForm: null, header: null, links: [] },
    ],
    kb_site_link: [{ id: 'lnk_status', propertyId: P1, siteId: 'primary', label: 'Status', url: 'https://status.acme.example' }],
    kb_category: [
      { id: 'cat_start', propertyId: P1, name: 'Getting started', slug: 'getting-started', description: 'First steps', parent: null, position: 0, icon: { type: 'predefined', content: 'rocket' }, sites: ['primary'], articlesCount: 6, hasChildren: false, createdAt: at(-600), updatedAt: at(-600) },
      { id: 'cat_billing', propertyId: P1, name: 'Billing', slug: 'billing', description: 'Plans and payments', parent: null, position: 1, icon: { type: 'predefined', content: 'card' }, sites: ['primary'], articlesCount: 4, hasChildren: true, createdAt: at(-600), updatedAt: at(-600) },
      { id: 'cat_invoices', propertyId: P1, name: 'Invoices', slug: 'invoices', description: 'Invoice questions', parent: 'cat_billing', position: 0, icon: { type: 'predefined', content: 'file' }, sites: ['primary'], articlesCount: 2, hasChildren: false, createdAt: at(-590), updatedAt: at(-590) },
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
    webhook: [{ id: 'hook_1', propertyId: P1, name: 'CRM sync', url: 'https://hooks.sandbox.example/tawk', events: ['chat:end', 'ticket:create'], enabled: true, createdOn: at(-50) }],
  },
  routes: {
    tawkto_get_property: (req, store) => {
      const p = store.collection('property').find((r) => r.propertyId === req.args.propertyId);
      if (!p) return notFound('property');
      const parts: Record<string, unknown> = {
        settings: { timezone: 'Europe/Lisbon', language: 'en' },
        agents: byProperty(store, 'member', req),
        widgets: byProperty(store, 'widget', req),
        assets: [],
        createdOn: p.createdOn,
      };
      const fields = req.args.fields as Record<string, boolean> | undefined;
      const picked = fields ? Object.fromEntries(Object.entries(parts).filter(([k]) => fields[k])) : parts;
      return ok({ propertyId: p.propertyId, name: p.name, ...picked });
    },
    tawkto_create_property: (req, store) => {
      const p = { type: 'business', enabled: true, ...req.args, propertyId: String(store.nextId()), createdOn: new Date().toISOString() };
      store.collection('property').push(p);
      return ok(p);
    },
    tawkto_enable_member: (req, store) => setEnabled(req, store, true),
    tawkto_disable_member: (req, store) => setEnabled(req, store, false),
    tawkto_get_contact: (req, store) => {
      const p = find(store, 'contact', req.args.personId);
      if (!p || p.propertyId !== req.args.propertyId) return notFound('person');
      const fields = req.args.fields as string[] | undefined;
      return ok({ person: fields ? Object.fromEntries(Object.entries(p).filter(([k]) => k === 'id' || fields.includes(k))) : p });
    },
    tawkto_update_global_widget_settings: (req, store) => {
      const { propertyId: _p, ...changes } = req.args;
      return ok(Object.assign(store.singleton('widget_settings'), changes));
    },

    // Knowledge base: one per property, with its settings and domains.
    tawkto_create_kb: (req, store) => {
      if (kbOf(req, store)) return fail(409, 'conflict', 'This property already has a knowledge base');
      if (subdomainTaken(store, req.args.subdomain, req.args.propertyId)) return fail(409, 'conflict', 'subdomain is taken');
      store.collection('kb').push({ ...req.args, domain: null, domainCandidates: [], published: req.args.published ?? false });
      return ok(); // knowledge-base.create answers {ok: true} only (catalog §3.7)
    },
    tawkto_get_kb_settings: (req, store) => { const kb = kbOf(req, store); return kb ? ok(kb) : notFound('knowledge base'); },
    tawkto_update_kb_settings: (req, store) => {
      const kb = kbOf(req, store);
      if (!kb) return notFound('knowledge base');
      const { propertyId: _p, subdomain: _s, domain: _d, ...changes } = req.args; // those have their own methods
      return ok(Object.assign(kb, changes));
    },
    tawkto_check_kb_subdomain: (req, store) => ok({ subdomain: req.args.subdomain, available: !subdomainTaken(store, req.args.subdomain) }),
    tawkto_update_kb_subdomain: (req, store) => {
      const kb = kbOf(req, store);
      if (!kb) return notFound('knowledge base');
      if (subdomainTaken(store, req.args.subdomain, req.args.propertyId)) return fail(409, 'conflict', 'subdomain is taken');
      kb.subdomain = req.args.subdomain;
      return ok();
    },
    tawkto_check_kb_domain: (req, store) => {
      const domain = String(req.args.domain).toLowerCase();
      const used = store.collection('kb').some((k) => k.domain === domain && k.propertyId !== req.args.propertyId);
      return ok({ domain, available: !used, candidate: !!kbOf(req, store)?.domainCandidates.includes(domain) });
    },
    tawkto_add_kb_domain_candidate: (req, store) => {
      const kb = kbOf(req, store);
      if (!kb) return notFound('knowledge base');
      const domain = String(req.args.domain).toLowerCase();
      if (!kb.domainCandidates.includes(domain)) kb.domainCandidates.push(domain);
      return ok({ domain, verification: { type: 'CNAME', name: domain, value: `${kb.subdomain}.tawk.help` } });
    },
    tawkto_remove_kb_domain_candidate: (req, store) => {
      const kb = kbOf(req, store);
      const i = kb?.domainCandidates.indexOf(String(req.args.domain).toLowerCase()) ?? -1;
      if (i < 0) return notFound('domain candidate');
      kb.domainCandidates.splice(i, 1);
      return ok();
    },
    tawkto_remove_kb_domain: (req, store) => {
      const kb = kbOf(req, store);
      if (!kb?.domain) return notFound('custom domain');
      kb.domain = null;
      return ok();
    },
    tawkto_create_kb_site: (req, store) => {
      if (byProperty(store, 'kb_site', req).some((s) => s.language === req.args.language)) return fail(409, 'conflict', `a site for language ${req.args.language} exists`);
      const site = { id: String(store.nextId()), ...req.args, primary: false, enabled: true, widgetId: null, banner: null, ticketForm: null, header: null, links: [] };
      store.collection('kb_site').push(site);
      return ok({ site });
    },

    // KB articles are stored as {id, meta, content}, the shape knowledge-base.article.get answers with.
    tawkto_create_kb_article: (req, store) => {
      const a = (req.args.article ?? {}) as { content?: Record<string, any>; meta?: Record<string, any> };
      // Verified live by [WN]: metadata on create is refused; set it later with update.
      if (a.content?.metadata !== undefined) return fail(400, 'validation_error', '"article.content.metadata" is not allowed');
      const now = new Date().toISOString();
      const content: Record<string, any> = { status: 'draft', subtitle: '', author: null, slug: slug(String(a.content?.title ?? '')), metadata: {}, contents: [], ...a.content, translationId: String(store.nextId()) };
      const meta = { visibility: 'private', categories: [], relatedArticles: [], ...a.meta, sites: [{ id: content.siteId, author: content.author, status: content.status }], feedback: { upvotes: 0, downvotes: 0, total: 0 }, position: store.collection('kb_article').length, createdAt: now, updatedAt: now };
      const article = { id: String(store.nextId()), propertyId: req.args.propertyId, meta, content };
      store.collection('kb_article').push(article);
      return ok({ article: { id: article.id, meta } });
    },
    tawkto_update_kb_article: (req, store) => {
      const r = find(store, 'kb_article', req.args.articleId);
      if (!r) return notFound('article');
      const a = (req.args.article ?? {}) as { content?: Record<string, any>; meta?: Record<string, any> };
      for (const f of ['status', 'subtitle', 'author']) if (a.content?.[f] === undefined) return fail(400, 'validation_error', `"article.content.${f}" is required`);
      Object.assign(r.content, a.content); // contents, when given, replace the body
      Object.assign(r.meta, a.meta, { updatedAt: new Date().toISOString() });
      r.meta.sites = [{ id: r.content.siteId, author: r.content.author, status: r.content.status }];
      return ok({ article: { id: r.id, meta: r.meta, content: r.content } });
    },
    tawkto_get_kb_article: (req, store) => {
      const r = find(store, 'kb_article', req.args.articleId);
      if (!r || r.content.siteId !== req.args.siteId) return notFound('article');
      return ok({ article: r });
    },
    tawkto_list_kb_articles: (req, store) => articlePage(req, store, false),
    tawkto_search_kb_articles: (req, store) => articlePage(req, store, true),
    tawkto_list_kb_category_articles: (req, store) => {
      if (!find(store, 'kb_category', req.args.categoryId)) return notFound('category');
      const inCategory = byProperty(store, 'kb_article', req).filter((a) => a.meta.categories.some((c: { id: string }) => c.id === req.args.categoryId));
      return ok(inCategory.sort((a, b) => a.meta.position - b.meta.position).map(listView));
    },
    tawkto_reorder_kb_category_articles: (req, store) => {
      const ids = (req.args.articleIds ?? []) as string[];
      const articles = ids.map((id) => find(store, 'kb_article', id));
      const stray = ids.filter((id, i) => !articles[i]?.meta.categories.some((c: { id: string }) => c.id === req.args.categoryId));
      if (stray.length) return fail(400, 'validation_error', `not in category ${req.args.categoryId}: ${stray.join(', ')}`);
      articles.forEach((a, i) => { a.meta.position = i; });
      return ok();
    },
    // Categories are stored flattened, the way knowledge-base.category.list answers.
    tawkto_create_kb_category: (req, store) => {
      const c = (req.args.category ?? {}) as { content?: Record<string, any>; meta?: Record<string, any> };
      const now = new Date().toISOString();
      const category = {
        id: String(store.nextId()), propertyId: req.args.propertyId, name: c.content?.name, slug: c.content?.slug ?? slug(String(c.content?.name ?? '')),
        description: c.content?.description ?? '', parent: c.meta?.parent ?? null, position: c.meta?.position ?? 0, icon: c.meta?.icon ?? null,
        sites: [c.content?.siteId], articlesCount: 0, hasChildren: false, createdAt: now, updatedAt: now,
      };
      store.collection('kb_category').push(category);
      return ok({ category });
    },
    tawkto_update_kb_category: (req, store) => {
      const r = find(store, 'kb_category', req.args.categoryId);
      if (!r) return notFound('category');
      const c = (req.args.category ?? {}) as { content?: Record<string, any>; meta?: Record<string, any> };
      const { siteId: _s, ...content } = c.content ?? {};
      Object.assign(r, content, c.meta ?? {}, { updatedAt: new Date().toISOString() });
      return ok({ category: r });
    },

    tawkto_create_webhook: (req, store) => {
      // At most 10 webhooks per property (catalog §7). The sandbox refuses the 11th the way tawk.to can
      // fail a call: HTTP 200 with ok:false.
      if (byProperty(store, 'webhook', req).length >= 10) return fail(200, 'validation_error', 'A property can have at most 10 webhooks');
      const hook = { id: String(store.nextId()), enabled: true, ...req.args, createdOn: new Date().toISOString() };
      store.collection('webhook').push(hook);
      return ok({ hookId: hook.id });
    },

    // Metrics over the sample chats and tickets, within startDate/endDate; an agentId filter narrows.
    tawkto_get_chat_metrics: (req, store) => {
      const chats = byProperty(store, 'chat', req).filter((c) => inRange(c.createdOn, req.args))
        .filter((c) => !req.args.agentId || c.messages.some((m: any) => m.sender.id === req.args.agentId));
      const msgs = chats.flatMap((c) => c.messages.filter((m: any) => m.type === 'msg'));
      return ok({ ...range(req), chats: chats.length, messages: msgs.length, visitorMessages: msgs.filter((m) => m.sender.t === 'v').length, agentMessages: msgs.filter((m) => m.sender.t === 'a').length });
    },
    tawkto_get_new_ticket_metrics: (req, store) => ok({ ...range(req), total: byProperty(store, 'ticket', req).filter((t) => inRange(t.createdOn, req.args)).length }),
    tawkto_get_reopened_ticket_metrics: (req, store) => ok({ ...range(req), total: ticketEvents(req, store, 'reopened').length }),
    tawkto_get_resolved_ticket_metrics: (req, store) => ok({ ...range(req), total: ticketEvents(req, store, 'resolved').length }),
    tawkto_get_ticket_response_metrics: (req, store) => {
      const replies = ticketEvents(req, store, 'reply');
      return ok({ ...range(req), responses: replies.length, byAgent: Object.fromEntries(agents.map((a) => [a.id, replies.filter((e) => e.agentId === a.id).length])) });
    },
  },
};

function setEnabled(req: SandboxRequest, store: SandboxStore, enabled: boolean): SandboxResult {
  const m = find(store, 'member', req.args.memberId);
  if (!m || m.propertyId !== req.args.propertyId) return notFound('member');
  m.enabled = enabled;
  return ok();
}

const kbOf = (req: SandboxRequest, store: SandboxStore) => store.collection('kb').find((k) => k.propertyId === req.args.propertyId);
const subdomainTaken = (store: SandboxStore, sub: unknown, except?: unknown) =>
  store.collection('kb').some((k) => k.subdomain === String(sub).toLowerCase() && k.propertyId !== except);

function inRange(iso: string, args: Record<string, unknown>): boolean {
  const t = Date.parse(iso);
  if (typeof args.startDate === 'string' && t < Date.parse(args.startDate)) return false;
  if (typeof args.endDate === 'string' && t > Date.parse(args.endDate)) return false;
  return true;
}
const range = (req: SandboxRequest) => ({ propertyId: req.args.propertyId, startDate: req.args.startDate ?? null, endDate: req.args.endDate ?? null });
const ticketEvents = (req: SandboxRequest, store: SandboxStore, type: string) =>
  byProperty(store, 'ticket', req).flatMap((t) => t.events).filter((e: any) => e.type === type && inRange(e.time, req.args));

/** An article as list entries show it: no body blocks (catalog §4). */
const listView = (a: any) => ({
  id: a.id, title: a.content.title, subtitle: a.content.subtitle, slug: a.content.slug, status: a.content.status, siteId: a.content.siteId, author: a.content.author,
  visibility: a.meta.visibility, categories: a.meta.categories, createdAt: a.meta.createdAt, updatedAt: a.meta.updatedAt,
});

/** A filter list matches when absent or empty, else when it names one of the values. */
const anyOf = (wanted: unknown, have: unknown[]) => !Array.isArray(wanted) || wanted.length === 0 || have.some((v) => wanted.includes(v));

/** knowledge-base.article.list / .search: filters, sort, and a `next` cursor inside `data`. */
function articlePage(req: SandboxRequest, store: SandboxStore, search: boolean): SandboxResult {
  const limit = req.args.limit === undefined ? 50 : Number(req.args.limit);
  if (!(limit >= 1 && limit <= 50)) return fail(400, 'validation_error', '"limit" must be between 1 and 50');
  const f = (req.args.filters ?? {}) as Record<string, any>;
  const q = typeof req.args.query === 'string' ? req.args.query.toLowerCase() : '';
  let all = byProperty(store, 'kb_article', req).filter((a) => {
    const text = `${a.content.title} ${a.content.subtitle} ${search ? JSON.stringify(a.content.contents) : ''}`.toLowerCase();
    return (!q || text.includes(q)) &&
      (!f.status || a.content.status === f.status) && (!f.visibility || a.meta.visibility === f.visibility) &&
      anyOf(f.category, a.meta.categories.map((c: { id: string }) => c.id)) && anyOf(f.site, [a.content.siteId]) && anyOf(f.author, [a.content.author]);
  });
  const sort = req.args.sort as { field?: string; order?: string } | undefined;
  if (sort?.field) {
    const key = (a: any) => (sort.field === 'title' ? a.content.title : a.meta[sort.field!]);
    const dir = sort.order === 'desc' ? -1 : 1;
    all = [...all].sort((a, b) => (key(a) > key(b) ? dir : key(a) < key(b) ? -dir : 0));
  }
  const start = req.args.next ? Number(Buffer.from(String(req.args.next), 'base64url').toString()) || 0 : 0;
  const page = all.slice(start, start + limit).map((a) => {
    const v: Record<string, unknown> = listView(a);
    if (search && req.args.highlight && q) v.highlight = { title: String(a.content.title).replace(new RegExp(q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i'), (m: string) => `<em>${m}</em>`) };
    return v;
  });
  const end = start + page.length;
  const token = (n: number) => Buffer.from(String(n)).toString('base64url');
  return ok({
    total: all.length, hasNext: end < all.length, hasPrevious: start > 0,
    next: end < all.length ? token(end) : null, previous: start > 0 ? token(Math.max(0, start - limit)) : null, articles: page,
  });
}

export default sandbox;
