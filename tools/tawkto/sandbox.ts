// tawk.to sandbox: the `{ok, data}` envelope, ObjectId ids and ISO `createdOn`/`updatedOn` stamps, and the
// routes the generic emulator cannot infer (property.info, KB articles, settings, metrics…). Data: seed.ts.
import type { SandboxDefinition, SandboxKit, SandboxRequest, SandboxResult, SandboxRoute, SandboxStore } from '../../src/declaration.js';
import { agents, ID, P1, seed, slug } from './seed.js';

// The emulator's generic error codes, said the way tawk.to says them (catalog §5).
const CODES: Record<string, string> = {
  unauthorized: 'auth_error',
  bad_request: 'validation_error',
  injected: 'internal_error',
  internal: 'internal_error',
};

const byProperty = (store: SandboxStore, name: string, req: SandboxRequest) =>
  store.collection(name).filter((r) => r.propertyId === req.args.propertyId);
/** `{ok: true}` alone: what tawk.to answers to most writes. */
const done = (): SandboxResult => ({ status: 200, body: { ok: true } });

/** An article as list entries show it: no body blocks (catalog §4). */
const listView = (a: any) => ({
  id: a.id,
  propertyId: a.propertyId,
  title: a.content.title,
  subtitle: a.content.subtitle,
  slug: a.content.slug,
  status: a.content.status,
  siteId: a.content.siteId,
  author: a.content.author,
  visibility: a.meta.visibility,
  categories: a.meta.categories,
  createdAt: a.meta.createdAt,
  updatedAt: a.meta.updatedAt,
});

/** knowledge-base.article.list / .search: list entries, the declared filters and sort, a cursor inside `data`. */
const articles =
  (search: boolean): SandboxRoute =>
  (req, store, kit) => {
    const q = typeof req.args.query === 'string' ? req.args.query : '';
    const all = kit.filter(store.collection('kb_article').map(listView)).map((a) => {
      if (!search || !req.args.highlight || !q) return a;
      const re = new RegExp(q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
      return { ...a, highlight: { title: String(a.title).replace(re, (m: string) => `<em>${m}</em>`) } };
    });
    const page = kit.page(all);
    const data = (page.body as { data?: Record<string, any> }).data;
    if (page.status === 200 && data) {
      const start = req.args.next ? Number(Buffer.from(String(req.args.next), 'base64url').toString()) || 0 : 0;
      Object.assign(data, { hasNext: data.next !== undefined, hasPrevious: start > 0, next: data.next ?? null, previous: null });
    }
    return page;
  };

const sandbox: SandboxDefinition = {
  idType: 'string',
  // 24-hex ObjectIds: 8 hex of the creation time, then a counter (as the seeded ids).
  newId: (seq) =>
    `${Math.floor(Date.now() / 1000)
      .toString(16)
      .padStart(8, '0')}${seq.toString(16).padStart(16, '0')}`,
  timestamps: { created: 'createdOn', modified: 'updatedOn', format: 'iso' },
  errorBody: (_status, message, code) => ({ ok: false, error: CODES[code] ?? code, message }),
  recordBody: (r) => ({ ok: true, data: r }),
  listBody: (page) => ({ ok: true, ...page }),
  deletedBody: () => ({ ok: true }),
  seed,
  examples: Object.fromEntries([
    ...[
      'list_chats',
      'list_tickets',
      'list_members',
      'list_member_invites',
      'list_tabs',
      'list_available_tabs',
      'list_webhooks',
      'list_widget_api_keys',
      'list_kb_sites',
      'list_kb_categories',
      'list_kb_articles',
      'list_kb_fonts',
      'list_kb_languages',
      'list_contact_attributes',
    ].map((t) => [`tawkto_${t}`, { propertyId: P1 }]),
    ['tawkto_search_kb_articles', { propertyId: P1, query: 'e' }],
    ['tawkto_list_kb_category_articles', { propertyId: P1, categoryId: ID.start }],
  ]),
  routes: {
    tawkto_get_property: (req, store, kit) => {
      const p = store.collection('property').find((r) => r.propertyId === req.args.propertyId);
      if (!p) return kit.notFound('property');
      const parts: Record<string, unknown> = {
        settings: { timezone: 'Europe/Lisbon', language: 'en' },
        agents: byProperty(store, 'member', req),
        widgets: byProperty(store, 'widget', req),
        assets: [],
        createdOn: p.createdOn,
      };
      const fields = req.args.fields as Record<string, boolean> | undefined;
      const picked = fields ? Object.fromEntries(Object.entries(parts).filter(([k]) => fields[k])) : parts;
      return kit.ok({ propertyId: p.propertyId, name: p.name, ...picked });
    },
    tawkto_create_property: (req, store, kit) => {
      // Properties are keyed by propertyId, not id.
      const stamp = kit.now();
      const p = { propertyId: String(store.nextId()), type: 'business', enabled: true, ...req.args, createdOn: stamp, updatedOn: stamp };
      store.collection('property').push(p);
      return kit.ok(p);
    },
    // A tab added without a position goes last.
    tawkto_create_tab: (req, store, kit) => kit.ok(kit.create('tab', { position: byProperty(store, 'tab', req).length, ...req.args })),
    tawkto_enable_member: (req, store, kit) => setEnabled(req, kit, true),
    tawkto_disable_member: (req, store, kit) => setEnabled(req, kit, false),
    tawkto_get_contact: (req, store, kit) => {
      const p = kit.find('contact', req.args.personId);
      if (!p || p.propertyId !== req.args.propertyId) return kit.notFound('person');
      const fields = req.args.fields as string[] | undefined;
      return kit.ok({ person: fields ? Object.fromEntries(Object.entries(p).filter(([k]) => k === 'id' || fields.includes(k))) : p });
    },
    tawkto_update_global_widget_settings: (req, store, kit) => {
      const { propertyId: _p, ...changes } = req.args;
      return kit.ok(Object.assign(store.singleton('widget_settings'), changes));
    },

    // Knowledge base: one per property, with its settings and domains.
    tawkto_create_kb: (req, store, kit) => {
      if (kbOf(req, store)) return kit.error(409, 'This property already has a knowledge base', 'conflict');
      if (subdomainTaken(store, req.args.subdomain, req.args.propertyId)) return kit.error(409, 'subdomain is taken', 'conflict');
      store.collection('kb').push({
        description: '',
        widgetId: null,
        ...req.args,
        domain: null,
        domainCandidates: [],
        published: req.args.published ?? false,
        font: 'inter',
      });
      return done(); // knowledge-base.create answers {ok: true} only (catalog §3.7)
    },
    tawkto_get_kb_settings: (req, store, kit) => {
      const kb = kbOf(req, store);
      return kb ? kit.ok(kb) : kit.notFound('knowledge base');
    },
    tawkto_update_kb_settings: (req, store, kit) => {
      const kb = kbOf(req, store);
      if (!kb) return kit.notFound('knowledge base');
      const { propertyId: _p, ...changes } = req.args;
      return kit.ok(Object.assign(kb, changes));
    },
    tawkto_check_kb_subdomain: (req, store, kit) =>
      kit.ok({ subdomain: req.args.subdomain, available: !subdomainTaken(store, req.args.subdomain) }),
    tawkto_update_kb_subdomain: (req, store, kit) => {
      const kb = kbOf(req, store);
      if (!kb) return kit.notFound('knowledge base');
      if (subdomainTaken(store, req.args.subdomain, req.args.propertyId)) return kit.error(409, 'subdomain is taken', 'conflict');
      kb.subdomain = req.args.subdomain;
      return done();
    },
    tawkto_check_kb_domain: (req, store, kit) => {
      const domain = String(req.args.domain).toLowerCase();
      const used = store.collection('kb').some((k) => k.domain === domain && k.propertyId !== req.args.propertyId);
      return kit.ok({ domain, available: !used, candidate: !!kbOf(req, store)?.domainCandidates.includes(domain) });
    },
    tawkto_add_kb_domain_candidate: (req, store, kit) => {
      const kb = kbOf(req, store);
      if (!kb) return kit.notFound('knowledge base');
      const domain = String(req.args.domain).toLowerCase();
      if (!kb.domainCandidates.includes(domain)) kb.domainCandidates.push(domain);
      return kit.ok({ domain, verification: { type: 'CNAME', name: domain, value: `${kb.subdomain}.tawk.help` } });
    },
    tawkto_remove_kb_domain_candidate: (req, store, kit) => {
      const kb = kbOf(req, store);
      const i = kb?.domainCandidates.indexOf(String(req.args.domain).toLowerCase()) ?? -1;
      if (i < 0) return kit.notFound('domain candidate');
      kb.domainCandidates.splice(i, 1);
      return done();
    },
    tawkto_remove_kb_domain: (req, store, kit) => {
      const kb = kbOf(req, store);
      if (!kb?.domain) return kit.notFound('custom domain');
      kb.domain = null;
      return done();
    },
    tawkto_create_kb_site: (req, store, kit) => {
      if (byProperty(store, 'kb_site', req).some((s) => s.language === req.args.language))
        return kit.error(409, `a site for language ${req.args.language} exists`, 'conflict');
      const site = {
        id: String(store.nextId()),
        description: '',
        ...req.args,
        primary: false,
        enabled: true,
        widgetId: null,
        banner: null,
        ticketForm: null,
        header: null,
        links: [],
      };
      store.collection('kb_site').push(site);
      return kit.ok({ site });
    },

    // KB articles are stored as {id, meta, content}, the shape knowledge-base.article.get answers with.
    tawkto_create_kb_article: (req, store, kit) => {
      const a = (req.args.article ?? {}) as { content?: Record<string, any>; meta?: Record<string, any> };
      // Verified live by [WN]: metadata on create is refused; set it later with update.
      if (a.content?.metadata !== undefined) return kit.error(400, '"article.content.metadata" is not allowed', 'bad_request');
      const now = kit.now();
      const content: Record<string, any> = {
        status: 'draft',
        subtitle: '',
        author: null,
        slug: slug(String(a.content?.title ?? '')),
        metadata: {},
        contents: [],
        ...a.content,
        translationId: String(store.nextId()),
      };
      const meta = {
        visibility: 'private',
        categories: [],
        relatedArticles: [],
        ...a.meta,
        sites: [{ id: content.siteId, author: content.author, status: content.status }],
        feedback: { upvotes: 0, downvotes: 0, total: 0 },
        position: store.collection('kb_article').length,
        createdAt: now,
        updatedAt: now,
      };
      const article = { id: String(store.nextId()), propertyId: req.args.propertyId, meta, content };
      store.collection('kb_article').push(article);
      return kit.ok({ article: { id: article.id, meta } });
    },
    tawkto_update_kb_article: (req, store, kit) => {
      const r = kit.find('kb_article', req.args.articleId);
      if (!r) return kit.notFound('article');
      const a = (req.args.article ?? {}) as { content?: Record<string, any>; meta?: Record<string, any> };
      for (const f of ['status', 'subtitle', 'author'])
        if (a.content?.[f] === undefined) return kit.error(400, `"article.content.${f}" is required`, 'bad_request');
      Object.assign(r.content, a.content); // contents, when given, replace the body
      Object.assign(r.meta, a.meta, { updatedAt: kit.now() });
      r.meta.sites = [{ id: r.content.siteId, author: r.content.author, status: r.content.status }];
      return kit.ok({ article: { id: r.id, meta: r.meta, content: r.content } });
    },
    tawkto_get_kb_article: (req, store, kit) => {
      const r = kit.find('kb_article', req.args.articleId);
      if (!r || r.content.siteId !== req.args.siteId) return kit.notFound('article');
      return kit.ok({ article: r });
    },
    tawkto_list_kb_articles: articles(false),
    tawkto_search_kb_articles: articles(true),
    tawkto_list_kb_category_articles: (req, store, kit) => {
      if (!kit.find('kb_category', req.args.categoryId)) return kit.notFound('category');
      const ordered = [...store.collection('kb_article')].sort((a, b) => a.meta.position - b.meta.position);
      return kit.page(kit.filter(ordered.map(listView)));
    },
    tawkto_reorder_kb_category_articles: (req, store, kit) => {
      const ids = (req.args.articleIds ?? []) as string[];
      const found = ids.map((id) => kit.find('kb_article', id));
      const stray = ids.filter((id, i) => !found[i]?.meta.categories.some((c: { id: string }) => c.id === req.args.categoryId));
      if (stray.length) return kit.error(400, `not in category ${req.args.categoryId}: ${stray.join(', ')}`, 'bad_request');
      found.forEach((a, i) => {
        a.meta.position = i;
      });
      return done();
    },
    // Categories are stored flattened, the way knowledge-base.category.list answers.
    tawkto_create_kb_category: (req, store, kit) => {
      const c = (req.args.category ?? {}) as { content?: Record<string, any>; meta?: Record<string, any> };
      const now = kit.now();
      const category = {
        id: String(store.nextId()),
        propertyId: req.args.propertyId,
        name: c.content?.name,
        slug: c.content?.slug ?? slug(String(c.content?.name ?? '')),
        description: c.content?.description ?? '',
        parent: c.meta?.parent ?? null,
        position: c.meta?.position ?? 0,
        icon: c.meta?.icon ?? null,
        sites: [c.content?.siteId],
        articlesCount: 0,
        hasChildren: false,
        createdAt: now,
        updatedAt: now,
      };
      store.collection('kb_category').push(category);
      return kit.ok({ category });
    },
    tawkto_update_kb_category: (req, store, kit) => {
      const r = kit.find('kb_category', req.args.categoryId);
      if (!r) return kit.notFound('category');
      const c = (req.args.category ?? {}) as { content?: Record<string, any>; meta?: Record<string, any> };
      const { siteId: _s, ...content } = c.content ?? {};
      Object.assign(r, content, c.meta ?? {}, { updatedAt: kit.now() });
      return kit.ok({ category: r });
    },

    tawkto_create_webhook: (req, store, kit) => {
      // At most 10 webhooks per property (catalog §7). The sandbox refuses the 11th the way tawk.to can
      // fail a call: HTTP 200 with ok:false.
      if (byProperty(store, 'webhook', req).length >= 10)
        return { ...kit.error(400, 'A property can have at most 10 webhooks', 'validation_error'), status: 200 };
      const hook = kit.create('webhook', { name: '', enabled: true, ...req.args });
      return kit.ok({ hookId: hook.id });
    },

    // Metrics over the sample chats and tickets, within startDate/endDate; an agentId filter narrows chats.
    tawkto_get_chat_metrics: (req, store, kit) => {
      const chats = byProperty(store, 'chat', req)
        .filter((c) => inRange(c.createdOn, req.args))
        .filter((c) => !req.args.agentId || c.messages.some((m: any) => m.sender.id === req.args.agentId));
      const msgs = chats.flatMap((c) => c.messages.filter((m: any) => m.type === 'msg'));
      return kit.ok({
        ...range(req),
        chats: chats.length,
        messages: msgs.length,
        visitorMessages: msgs.filter((m) => m.sender.t === 'v').length,
        agentMessages: msgs.filter((m) => m.sender.t === 'a').length,
      });
    },
    tawkto_get_new_ticket_metrics: (req, store, kit) =>
      kit.ok({ ...range(req), total: byProperty(store, 'ticket', req).filter((t) => inRange(t.createdOn, req.args)).length }),
    tawkto_get_reopened_ticket_metrics: (req, store, kit) => kit.ok({ ...range(req), total: ticketEvents(req, store, 'reopened').length }),
    tawkto_get_resolved_ticket_metrics: (req, store, kit) => kit.ok({ ...range(req), total: ticketEvents(req, store, 'resolved').length }),
    tawkto_get_ticket_response_metrics: (req, store, kit) => {
      const replies = ticketEvents(req, store, 'reply');
      return kit.ok({
        ...range(req),
        responses: replies.length,
        byAgent: Object.fromEntries(agents.map((a) => [a.id, replies.filter((e) => e.agentId === a.id).length])),
      });
    },
  },
};

function setEnabled(req: SandboxRequest, kit: SandboxKit, enabled: boolean): SandboxResult {
  const m = kit.find('member', req.args.memberId);
  if (!m || m.propertyId !== req.args.propertyId) return kit.notFound('member');
  m.enabled = enabled;
  return done();
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
const range = (req: SandboxRequest) => ({
  propertyId: req.args.propertyId,
  startDate: req.args.startDate ?? null,
  endDate: req.args.endDate ?? null,
});
const ticketEvents = (req: SandboxRequest, store: SandboxStore, type: string) =>
  byProperty(store, 'ticket', req)
    .flatMap((t) => t.events)
    .filter((e: any) => e.type === type && inRange(e.time, req.args));

export default sandbox;
