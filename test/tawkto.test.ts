// The tawk.to toolset end to end: the real MCP client, the real server and executor, and the sandbox
// emulator on loopback HTTP. Every one of the 80 tools is called at least once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, TEST_CREDENTIALS, type Harness } from './harness.js';
import tawkto from '../tools/tawkto/index.js';
import { ID } from '../tools/tawkto/seed.js';

const P1 = '64a1f0c2e4b0a1b2c3d4e5f6';
const P2 = '64a1f0c2e4b0a1b2c3d4e5f7';
const KEY = TEST_CREDENTIALS.tawkto.TAWK_API_KEY;
// Functional tests run unthrottled; the default limit is about not upsetting the real API.
const FAST = { rateLimit: '1000/1s', emulator: { rateLimit: '1000/1s' } };
const NAMES = tawkto.tools.map((t) => t.name);

describe('tawk.to toolset', () => {
  let h: Harness;
  const called = new Set<string>();
  const call = (name: string, args: Record<string, unknown> = {}) => {
    called.add(name);
    return h.call(name, args);
  };
  /** The JSON body of the last request the emulator received for a tool. */
  const lastBody = (tool: string) => h.emulator.calls(tool).at(-1)?.body as Record<string, any>;
  const ok = async (name: string, args: Record<string, unknown> = {}) => {
    const r = await call(name, args);
    expect(r.isError, `${name}: ${r.text}`).toBeFalsy();
    return r.json;
  };

  beforeAll(async () => {
    h = await startHarness({ apis: ['tawkto'], ...FAST });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('lists 80 tools, verb-first, each naming its RPC method, with annotations from its access level', async () => {
    const { tools } = await h.client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual([...NAMES].sort());
    expect(new Set(NAMES).size).toBe(80);
    for (const t of tools) {
      const d = tawkto.tools.find((x) => x.name === t.name)!;
      expect(t.name).toMatch(/^tawkto_[a-z]+(_[a-z0-9]+)+$/);
      expect(t.name.length).toBeLessThanOrEqual(64);
      expect(d.method).toBe('POST');
      expect(t.description).toContain(`(${d.path.slice(1)})`);
      expect(t.title).toBeTruthy();
      expect(t.annotations).toMatchObject({
        readOnlyHint: d.access === 'read',
        destructiveHint: d.access === 'destructive',
        openWorldHint: true,
      });
      const schema = t.inputSchema as { properties?: Record<string, { description?: string }>; anyOf?: unknown };
      expect(schema.anyOf).toBeUndefined();
      for (const [k, p] of Object.entries(schema.properties ?? {})) expect(p.description, `${t.name}.${k}`).toBeTruthy();
    }
  });

  it('authenticates with HTTP Basic: the key as user name, an empty password; JSON POST to /<method>', async () => {
    const r = await ok('tawkto_list_properties');
    expect(r.items).toHaveLength(3);
    const req = h.emulator.calls('tawkto_list_properties').at(-1)!;
    expect(req.headers.authorization).toBe(`Basic ${Buffer.from(`${KEY}:`).toString('base64')}`);
    expect(req.method).toBe('POST');
    expect(req.path).toBe('/property.list');
    expect(req.headers['content-type']).toMatch(/application\/json/);
    expect(req.headers.accept).toMatch(/application\/json/);
    expect(req.body).toEqual({});
  });

  describe('property', () => {
    it('lists, filters, reads and creates properties', async () => {
      const profile = await ok('tawkto_list_properties', { type: 'profile' });
      expect(profile.items.map((p: any) => p.name)).toEqual(["Ada's Portfolio"]);
      expect(lastBody('tawkto_list_properties')).toEqual({ type: 'profile' });

      const info = await ok('tawkto_get_property', { propertyId: P1, fields: { agents: true } });
      expect(info.name).toBe('Acme Support');
      expect(info.agents.map((a: any) => a.id)).toContain(ID.sam);
      expect(info.widgets).toBeUndefined(); // only the parts asked for

      const created = await ok('tawkto_create_property', { name: 'New Shop', siteUrl: 'https://new-shop.example' });
      expect(created.propertyId).toBeTruthy();
      expect(lastBody('tawkto_create_property')).toEqual({ name: 'New Shop', siteUrl: 'https://new-shop.example' });
      expect((await ok('tawkto_list_properties')).items).toHaveLength(4);
    });
  });

  describe('widgets', () => {
    it('adds, reads, changes and removes widgets and cards', async () => {
      const w = await ok('tawkto_create_widget', { propertyId: P1, name: 'Support', settings: { color: '#ff0000' } });
      expect(w).toMatchObject({ name: 'Support', settings: { color: '#ff0000' } });
      expect((await ok('tawkto_get_widget', { propertyId: P1, widgetId: ID.widget })).settings.color).toBe('#03a84e');
      const changed = await ok('tawkto_update_widget', { propertyId: P1, widgetId: w.id, settings: { color: '#000000' } });
      expect(changed.settings.color).toBe('#000000');
      expect(await ok('tawkto_delete_widget', { propertyId: P1, widgetId: w.id })).toEqual({ ok: true });
      const gone = await call('tawkto_get_widget', { propertyId: P1, widgetId: w.id });
      expect(gone.isError).toBe(true);
      expect(gone.text).toContain('404');

      const card = await ok('tawkto_create_widget_card', { propertyId: P1, widgetId: ID.widget, type: 'link', title: 'Docs' });
      expect(card).toMatchObject({ widgetId: ID.widget, title: 'Docs' });
      expect((await ok('tawkto_update_widget_card', { propertyId: P1, cardId: card.id, title: 'Docs & API' })).title).toBe('Docs & API');
      expect(await ok('tawkto_delete_widget_card', { propertyId: P1, cardId: card.id })).toEqual({ ok: true });
    });

    it('reads and changes global widget settings; lists widget API keys', async () => {
      expect((await ok('tawkto_get_global_widget_settings', { propertyId: P1 })).language).toBe('en');
      expect((await ok('tawkto_update_global_widget_settings', { propertyId: P1, language: 'pt' })).language).toBe('pt');
      expect((await ok('tawkto_get_global_widget_settings', { propertyId: P1 })).language).toBe('pt');
      const keys = await ok('tawkto_list_widget_api_keys', { propertyId: P1 });
      expect(keys.items[0]).toMatchObject({ widgetId: ID.widget });
    });
  });

  describe('agents and members', () => {
    it('reads agents and lists members', async () => {
      expect((await ok('tawkto_get_current_agent')).email).toBe('agent@sandbox.example');
      expect((await ok('tawkto_get_agent', { agentId: ID.riley })).name).toBe('Riley Rep');
      expect((await ok('tawkto_list_members', { propertyId: P1 })).items).toHaveLength(4);
      expect((await ok('tawkto_list_members', { propertyId: P2 })).items.map((m: any) => m.id)).toEqual([ID.ada]);
    });

    it('invites, changes and cancels invitations', async () => {
      expect((await ok('tawkto_list_member_invites', { propertyId: P1 })).items).toHaveLength(1);
      const inv = await ok('tawkto_invite_member', { propertyId: P1, email: 'new.agent@acme.example', role: 'agent' });
      expect(inv).toMatchObject({ email: 'new.agent@acme.example', role: 'agent' });
      expect((await ok('tawkto_list_member_invites', { propertyId: P1 })).items).toHaveLength(2);
      expect((await ok('tawkto_update_member_invite', { propertyId: P1, inviteId: inv.id, role: 'admin' })).role).toBe('admin');
      expect(await ok('tawkto_cancel_member_invite', { propertyId: P1, inviteId: inv.id })).toEqual({ ok: true });
      expect((await ok('tawkto_list_member_invites', { propertyId: P1 })).items).toHaveLength(1);
      const bad = await call('tawkto_invite_member', { propertyId: P1, email: 'not-an-email' });
      expect(bad.isError).toBe(true);
      expect(h.emulator.calls('tawkto_invite_member')).toHaveLength(1); // bad arguments never leave the server
    });

    it('disables, enables, re-roles and removes members', async () => {
      const riley = async () => (await ok('tawkto_list_members', { propertyId: P1 })).items.find((m: any) => m.id === ID.riley);
      expect(await ok('tawkto_disable_member', { propertyId: P1, memberId: ID.riley })).toEqual({ ok: true });
      expect((await riley()).enabled).toBe(false);
      expect(await ok('tawkto_enable_member', { propertyId: P1, memberId: ID.riley })).toEqual({ ok: true });
      expect((await riley()).enabled).toBe(true);
      const m = await ok('tawkto_update_member_permissions', {
        propertyId: P1,
        memberId: ID.morgan,
        role: 'admin',
        permissions: { tickets: 'full' },
      });
      expect(m).toMatchObject({ role: 'admin', permissions: { tickets: 'full' } });
      expect(await ok('tawkto_remove_member', { propertyId: P1, memberId: ID.former })).toEqual({ ok: true });
      expect((await ok('tawkto_list_members', { propertyId: P1 })).items).toHaveLength(3);
    });
  });

  describe('chats, tickets, contacts', () => {
    it('lists one page of chats with the total and the arguments for the next page', async () => {
      const r = await ok('tawkto_list_chats', { propertyId: P1, size: 10 });
      expect(r.items).toHaveLength(10);
      expect(r).toMatchObject({ has_more: true, total: 30, next: { propertyId: P1, offset: 10, size: 10 } });
      expect(r.items[0].messages.length).toBeGreaterThan(0);
      expect(lastBody('tawkto_list_chats')).toEqual({ propertyId: P1, size: 10 });
      const again = await ok('tawkto_list_chats', r.next);
      expect(again.items[0].id).not.toBe(r.items[0].id);
      expect(lastBody('tawkto_list_chats')).toMatchObject({ offset: 10, size: 10 });
    });

    it('walks every page with max_records, offset by offset, and stops at the end', async () => {
      const before = h.emulator.calls('tawkto_list_chats').length;
      const r = await ok('tawkto_list_chats', { propertyId: P1, size: 7, max_records: 100 });
      expect(r.items).toHaveLength(30);
      expect(new Set(r.items.map((c: any) => c.id)).size).toBe(30);
      expect(r).toMatchObject({ has_more: false, next: null, total: 30 });
      const pages = h.emulator
        .calls('tawkto_list_chats')
        .slice(before)
        .map((c) => c.body as any);
      expect(pages.length).toBeGreaterThanOrEqual(3);
      expect(pages.map((b) => b.offset ?? 0)).toEqual([0, 7, 14, 21, 28]);
      expect(pages.every((b) => b.size === 7 && b.max_records === undefined)).toBe(true);
    });

    it('stops a walk at max_records and says how to go on', async () => {
      const r = await ok('tawkto_list_chats', { propertyId: P1, size: 5, max_records: 12 });
      expect(r.items).toHaveLength(12);
      expect(r.has_more).toBe(true);
      expect(r.next).toMatchObject({ offset: 12 });
      expect(r.note).toMatch(/max_records/);
    });

    it('filters chats and reads one with its messages', async () => {
      const open = await ok('tawkto_list_chats', { propertyId: P1, size: 50, dateType: 'cso', sort: 'co-new-old' });
      expect(open.items).toHaveLength(30);
      expect((await ok('tawkto_list_chats', { propertyId: P2, size: 50 })).items).toHaveLength(4);
      const bad = await call('tawkto_list_chats', { propertyId: P1, startDate: 'yesterday' });
      expect(bad.isError).toBe(true);
      const r = await call('tawkto_get_chat', { propertyId: P1, chatId: open.items[0].id });
      expect(r.blocks[0]).toMatch(/^UNTRUSTED DATA: .*chat messages from website visitors/); // visitors wrote it
      const chat = r.json;
      expect(chat.messages.map((m: any) => m.sender.t)).toEqual(['s', 'v', 'a']);
      expect(lastBody('tawkto_get_chat')).toEqual({ propertyId: P1, chatId: open.items[0].id });
    });

    it('lists tickets by status and reads one with its events', async () => {
      const pending = await ok('tawkto_list_tickets', { propertyId: P1, status: 'pending', size: 50 });
      expect(pending.items.length).toBeGreaterThan(0);
      expect(pending.items.every((t: any) => t.status === 'pending')).toBe(true);
      const t = await ok('tawkto_get_ticket', { propertyId: P1, ticketId: pending.items[0].id });
      expect(t.events[0].type).toBe('created');
    });

    it('reads a contact person (chosen fields) and the custom attributes', async () => {
      const c = await ok('tawkto_get_contact', { propertyId: P1, personId: ID.person(1), fields: ['name', 'primaryEmail'] });
      expect(c.person).toEqual({ id: ID.person(1), name: 'Ada Lovelace', primaryEmail: 'ada.lovelace@visitor.example' });
      const attrs = await ok('tawkto_list_contact_attributes', { propertyId: P1, object: 'organization' });
      expect(attrs.items.map((a: any) => a.key)).toEqual(['industry']);
    });
  });

  describe('tabs', () => {
    it('adds, reads, moves and removes tabs', async () => {
      expect((await ok('tawkto_list_available_tabs', { propertyId: P1 })).items.map((t: any) => t.id)).toContain('faq');
      expect((await ok('tawkto_list_tabs', { propertyId: P1 })).items).toHaveLength(2);
      const tab = await ok('tawkto_create_tab', { propertyId: P1, type: 'faq', name: 'FAQ', position: 2 });
      expect((await ok('tawkto_get_tab', { propertyId: P1, tabId: tab.id })).name).toBe('FAQ');
      expect((await ok('tawkto_update_tab', { propertyId: P1, tabId: tab.id, position: 0 })).position).toBe(0);
      expect(await ok('tawkto_delete_tab', { propertyId: P1, tabId: tab.id })).toEqual({ ok: true });
      expect((await ok('tawkto_list_tabs', { propertyId: P1 })).items).toHaveLength(2);
    });
  });

  it('serves a one-call list whole, even past the page-size cap', async () => {
    for (let i = 0; i < 50; i++) await ok('tawkto_create_tab', { propertyId: P2, type: 'custom', name: `Tab ${i}` });
    const r = await ok('tawkto_list_tabs', { propertyId: P2 });
    expect(r.items).toHaveLength(50);
    expect(r.has_more).toBe(false);
  });

  describe('knowledge base', () => {
    it('creates a knowledge base once per property', async () => {
      const dup = await call('tawkto_create_kb', { propertyId: P1, language: 'en', title: 'Again', subdomain: 'again' });
      expect(dup.isError).toBe(true);
      expect(dup.text).toMatch(/409[\s\S]*already has a knowledge base[\s\S]*\[conflict\]/);
      expect(
        await ok('tawkto_create_kb', { propertyId: P2, language: 'en', title: 'Ada Help', subdomain: 'ada-help', published: true }),
      ).toEqual({ ok: true });
      expect(lastBody('tawkto_create_kb')).toMatchObject({ published: true });
      expect((await ok('tawkto_get_kb_settings', { propertyId: P2 })).published).toBe(true);
    });

    it('checks and changes the subdomain, domains and settings', async () => {
      expect((await ok('tawkto_get_kb_settings', { propertyId: P1 })).subdomain).toBe('acme-help');
      expect((await ok('tawkto_check_kb_subdomain', { propertyId: P1, subdomain: 'ada-help' })).available).toBe(false);
      expect((await ok('tawkto_check_kb_subdomain', { propertyId: P1, subdomain: 'acme-docs' })).available).toBe(true);
      expect(await ok('tawkto_update_kb_subdomain', { propertyId: P1, subdomain: 'acme-docs' })).toEqual({ ok: true });
      expect((await ok('tawkto_update_kb_settings', { propertyId: P1, font: 'lato' })).font).toBe('lato');
      expect((await ok('tawkto_get_kb_settings', { propertyId: P1 })).subdomain).toBe('acme-docs');

      const cand = await ok('tawkto_add_kb_domain_candidate', { propertyId: P1, domain: 'kb.acme.example' });
      expect(cand.verification).toMatchObject({ type: 'CNAME', value: 'acme-docs.tawk.help' });
      expect(await ok('tawkto_check_kb_domain', { propertyId: P1, domain: 'kb.acme.example' })).toMatchObject({
        available: true,
        candidate: true,
      });
      expect(await ok('tawkto_remove_kb_domain_candidate', { propertyId: P1, domain: 'kb.acme.example' })).toEqual({ ok: true });
      expect(await ok('tawkto_remove_kb_domain', { propertyId: P1 })).toEqual({ ok: true });
      expect((await ok('tawkto_get_kb_settings', { propertyId: P1 })).domain).toBeNull();
    });

    it('manages sites, site links, fonts and languages', async () => {
      expect((await ok('tawkto_list_kb_sites', { propertyId: P1 })).items.map((s: any) => s.id)).toEqual(['primary', ID.siteDe]);
      expect((await ok('tawkto_get_kb_site', { propertyId: P1, siteId: 'primary' })).language).toBe('en');
      const { site } = await ok('tawkto_create_kb_site', { propertyId: P1, language: 'pt-br', title: 'Ajuda' });
      expect(site).toMatchObject({ language: 'pt-br', primary: false });
      const upd = await ok('tawkto_update_kb_site', { propertyId: P1, siteId: site.id, enabled: false, header: { text: 'Olá' } });
      expect(upd).toMatchObject({ enabled: false, header: { text: 'Olá' } });
      expect(await ok('tawkto_delete_kb_site', { propertyId: P1, siteId: site.id })).toEqual({ ok: true });

      const link = await ok('tawkto_create_kb_site_link', {
        propertyId: P1,
        siteId: 'primary',
        label: 'Docs',
        url: 'https://docs.acme.example',
      });
      expect(
        (await ok('tawkto_update_kb_site_link', { propertyId: P1, siteId: 'primary', linkId: link.id, label: 'API docs' })).label,
      ).toBe('API docs');
      expect(await ok('tawkto_delete_kb_site_link', { propertyId: P1, siteId: 'primary', linkId: link.id })).toEqual({ ok: true });

      expect((await ok('tawkto_list_kb_fonts', { propertyId: P1 })).items.map((f: any) => f.id)).toContain('inter');
      expect((await ok('tawkto_list_kb_languages', { propertyId: P1 })).items).toHaveLength(4);
    });

    it('manages categories (listed flattened from data.categories)', async () => {
      expect((await ok('tawkto_list_kb_categories', { propertyId: P1 })).items.map((c: any) => c.id)).toEqual([
        ID.start,
        ID.billing,
        ID.invoices,
        ID.ersteSchritte,
      ]);
      const { category } = await ok('tawkto_create_kb_category', {
        propertyId: P1,
        category: { content: { siteId: 'primary', name: 'Security' }, meta: { parent: null, position: 2 } },
      });
      expect(category).toMatchObject({ name: 'Security', slug: 'security', position: 2 });
      expect((await ok('tawkto_get_kb_category', { propertyId: P1, categoryId: category.id })).name).toBe('Security');
      const upd = await ok('tawkto_update_kb_category', {
        propertyId: P1,
        categoryId: category.id,
        category: { content: { name: 'Security & privacy' } },
      });
      expect(upd.category.name).toBe('Security & privacy');
      expect(await ok('tawkto_delete_kb_category', { propertyId: P1, categoryId: category.id })).toEqual({ ok: true });
      expect(await ok('tawkto_destroy_kb_category', { propertyId: P1, categoryId: ID.start })).toEqual({ ok: true });
      expect((await ok('tawkto_list_kb_categories', { propertyId: P1 })).items).toHaveLength(3);
    });

    it('walks article pages by the cursor inside data, without bodies', async () => {
      const before = h.emulator.calls('tawkto_list_kb_articles').length;
      const r = await ok('tawkto_list_kb_articles', { propertyId: P1, limit: 5, max_records: 100 });
      expect(r.items).toHaveLength(12);
      expect(r).toMatchObject({ has_more: false, next: null, total: 12 });
      expect(r.items.some((a: any) => 'contents' in a)).toBe(false);
      const pages = h.emulator
        .calls('tawkto_list_kb_articles')
        .slice(before)
        .map((c) => c.body as any);
      expect(pages).toHaveLength(3);
      expect(pages[0].next).toBeUndefined();
      expect(pages[1].next).toEqual(expect.any(String));

      const one = await ok('tawkto_list_kb_articles', { propertyId: P1, limit: 5, filters: { status: 'draft' } });
      expect(one.items.map((a: any) => a.title)).toEqual(['Translate the widget']);
      const first = await ok('tawkto_list_kb_articles', { propertyId: P1, limit: 4, sort: { field: 'title', order: 'asc' } });
      expect(first).toMatchObject({ has_more: true, next: { limit: 4, next: expect.any(String) } });
      expect(first.items[0].title).toBe('Cancel a subscription');
    });

    it('searches articles with highlights', async () => {
      const r = await ok('tawkto_search_kb_articles', { propertyId: P1, query: 'invoice', highlight: true });
      expect(r.items.map((a: any) => a.title)).toEqual(['Download invoices']);
      expect(r.items[0].highlight.title).toBe('Download <em>invoice</em>s');
    });

    it('creates, reads, changes, orders and deletes articles', async () => {
      const got = await ok('tawkto_get_kb_article', { propertyId: P1, articleId: ID.article(1), siteId: 'primary' });
      expect(got.article.content.contents).toHaveLength(2);
      const article = {
        content: {
          siteId: 'primary',
          title: 'Rotate API keys',
          status: 'draft',
          contents: [{ type: 'paragraph', content: { text: '<p>Go to settings.</p>' } }],
        },
        meta: { visibility: 'public', categories: [{ id: ID.invoices, primary: true }] },
      };

      const refused = await call('tawkto_create_kb_article', {
        propertyId: P1,
        article: { ...article, content: { ...article.content, metadata: { description: 'x' } } },
      });
      expect(refused.isError).toBe(true);
      expect(refused.text).toContain('metadata'); // refused before sending: metadata is set by update only
      expect(h.emulator.calls('tawkto_create_kb_article')).toHaveLength(0);

      const created = await ok('tawkto_create_kb_article', { propertyId: P1, article });
      expect(created.article.meta.visibility).toBe('public');
      const id = created.article.id;
      const missing = await call('tawkto_update_kb_article', {
        propertyId: P1,
        articleId: id,
        article: { content: { title: 'Rotate keys' } },
      });
      expect(missing.isError).toBe(true);
      expect(missing.text).toContain('article.content.status');
      const upd = await ok('tawkto_update_kb_article', {
        propertyId: P1,
        articleId: id,
        article: { content: { title: 'Rotate keys', status: 'published', subtitle: 'Safely', author: ID.sam } },
      });
      expect(upd.article.content).toMatchObject({ title: 'Rotate keys', status: 'published' });

      const inCat = await ok('tawkto_list_kb_category_articles', { propertyId: P1, categoryId: ID.invoices });
      expect(inCat.items.map((a: any) => a.id)).toEqual([ID.article(7), ID.article(8), id]);
      expect(
        await ok('tawkto_reorder_kb_category_articles', {
          propertyId: P1,
          categoryId: ID.invoices,
          articleIds: [id, ID.article(8), ID.article(7)],
        }),
      ).toEqual({ ok: true });
      expect(
        (await ok('tawkto_list_kb_category_articles', { propertyId: P1, categoryId: ID.invoices })).items.map((a: any) => a.id),
      ).toEqual([id, ID.article(8), ID.article(7)]);

      expect(await ok('tawkto_delete_kb_article', { propertyId: P1, articleId: id })).toEqual({ ok: true });
      expect(await ok('tawkto_destroy_kb_article', { propertyId: P1, articleId: ID.article(12) })).toEqual({ ok: true });
      const gone = await call('tawkto_get_kb_article', { propertyId: P1, articleId: ID.article(12), siteId: 'primary' });
      expect(gone.isError).toBe(true);
      expect(gone.text).toMatch(/404[\s\S]*\[not_found\]/);
    });
  });

  describe('webhooks', () => {
    it('creates, reads, changes and deletes webhooks', async () => {
      expect((await ok('tawkto_list_webhooks', { propertyId: P1 })).items).toHaveLength(1);
      const { hookId } = await ok('tawkto_create_webhook', {
        propertyId: P1,
        url: 'https://hooks.example/tawk',
        events: ['chat:start', 'chat:transcript_created'],
        name: 'Slack',
      });
      expect(hookId).toBeTruthy();
      expect((await ok('tawkto_get_webhook', { propertyId: P1, hookId })).events).toEqual(['chat:start', 'chat:transcript_created']);
      expect((await ok('tawkto_update_webhook', { propertyId: P1, hookId, enabled: false })).enabled).toBe(false);
      expect(await ok('tawkto_delete_webhook', { propertyId: P1, hookId })).toEqual({ ok: true });
      const badEvent = await call('tawkto_create_webhook', {
        propertyId: P1,
        url: 'https://hooks.example/x',
        events: ['transcript:created'],
      });
      expect(badEvent.isError).toBe(true);
    });

    it('turns an HTTP 200 answer with ok:false into an error carrying its code (the 11th webhook)', async () => {
      for (let i = 0; i < 9; i++)
        await ok('tawkto_create_webhook', { propertyId: P1, url: `https://hooks.example/${i}`, events: ['ticket:create'] });
      expect((await ok('tawkto_list_webhooks', { propertyId: P1 })).items).toHaveLength(10);
      const r = await call('tawkto_create_webhook', { propertyId: P1, url: 'https://hooks.example/11', events: ['ticket:create'] });
      expect(h.emulator.calls('tawkto_create_webhook').at(-1)!.status).toBe(200);
      expect(r.isError).toBe(true);
      expect(r.text).toContain('at most 10 webhooks');
      expect(r.text).toContain('[validation_error]');
      expect(r.text).toMatch(/ok: false/);
      expect((await ok('tawkto_list_webhooks', { propertyId: P1 })).items).toHaveLength(10);
    });
  });

  describe('metrics', () => {
    it('counts chats in a date range and by agent', async () => {
      const all = await ok('tawkto_get_chat_metrics', { propertyId: P1 });
      expect(all).toMatchObject({ chats: 30, messages: 60 });
      const day = await ok('tawkto_get_chat_metrics', {
        propertyId: P1,
        startDate: '2026-01-05T00:00:00Z',
        endDate: '2026-01-05T23:59:59Z',
      });
      expect(day.chats).toBe(2); // one chat every 12 hours from 09:00
      const sam = await ok('tawkto_get_chat_metrics', { propertyId: P1, agentId: ID.sam });
      expect(sam.chats).toBe(10);
      expect(lastBody('tawkto_get_chat_metrics')).toEqual({ propertyId: P1, agentId: ID.sam });
    });

    it('counts new, reopened and resolved tickets and responses', async () => {
      expect((await ok('tawkto_get_new_ticket_metrics', { propertyId: P1 })).total).toBe(8);
      expect((await ok('tawkto_get_new_ticket_metrics', { propertyId: P1, endDate: '2026-01-06T00:00:00Z' })).total).toBe(1);
      expect((await ok('tawkto_get_reopened_ticket_metrics', { propertyId: P1 })).total).toBe(1);
      expect((await ok('tawkto_get_resolved_ticket_metrics', { propertyId: P1 })).total).toBe(2);
      const resp = await ok('tawkto_get_ticket_response_metrics', { propertyId: P1 });
      expect(resp.responses).toBe(8);
      expect(resp.byAgent[ID.sam]).toBe(3);
    });
  });

  describe('errors', () => {
    it('surfaces the upstream error body: status, message, code and what to do', async () => {
      const r = await call('tawkto_get_chat', { propertyId: P1, chatId: 'no-such-chat' });
      expect(r.isError).toBe(true);
      expect(r.text).toMatch(/404 Not Found: chat no-such-chat not found \[not_found\]/);
      expect(r.text).toMatch(/What to do: .*verify the ids/);
    });

    it('treats ok:false in an HTTP 200 answer as an error, for records and for lists', async () => {
      h.emulator.faults.push({
        tool: 'tawkto_get_ticket',
        times: 1,
        status: 200,
        body: { ok: false, error: 'insufficient_scope', message: 'The token lacks tickets_read' },
      });
      const r = await call('tawkto_get_ticket', { propertyId: P1, ticketId: 'anything' });
      expect(r.isError).toBe(true);
      expect(r.text).toContain('insufficient_scope');
      expect(r.text).toContain('The token lacks tickets_read');
      h.emulator.faults.push({ tool: 'tawkto_list_tickets', times: 1, status: 200, body: { ok: false, error: 'rate_limited' } });
      const l = await call('tawkto_list_tickets', { propertyId: P1 });
      expect(l.isError).toBe(true);
      expect(l.text).toContain('rate_limited');
      expect(l.json).toBeUndefined(); // no list shape around a failure
    });

    it('reports a list whose items come back in an unexpected shape instead of an empty list', async () => {
      h.emulator.faults.push({
        tool: 'tawkto_list_webhooks',
        times: 1,
        status: 200,
        body: { ok: true, data: { webhooks: [{ id: 'x' }] } },
      });
      const r = await call('tawkto_list_webhooks', { propertyId: P1 });
      expect(r.isError).toBe(true);
      expect(r.text).toContain('expected a list at "data"');
      expect(r.text).toContain('webhooks');
    });

    it('refuses a bad page size before sending anything', async () => {
      const n = h.emulator.calls('tawkto_list_chats').length;
      const r = await call('tawkto_list_chats', { propertyId: P1, size: 51 });
      expect(r.isError).toBe(true);
      expect(h.emulator.calls('tawkto_list_chats')).toHaveLength(n);
    });
  });

  describe('filters, sort and records (issue 17)', () => {
    const times = (items: any[], f = 'createdOn') => items.map((c) => Date.parse(c[f]));
    const sorted = (xs: number[], desc: boolean) => xs.every((x, i) => i === 0 || (desc ? xs[i - 1] >= x : xs[i - 1] <= x));

    it('sorts chats and tickets by creation time, both ways', async () => {
      for (const tool of ['tawkto_list_chats', 'tawkto_list_tickets']) {
        const newest = (await ok(tool, { propertyId: P1, size: 50, sort: 'co-new-old' })).items;
        const oldest = (await ok(tool, { propertyId: P1, size: 50, sort: 'co-old-new' })).items;
        expect(sorted(times(newest), true) && sorted(times(oldest), false), tool).toBe(true);
        expect(newest[0].id).toBe(oldest.at(-1).id);
        expect(lastBody(tool)).toMatchObject({ sort: 'co-old-new' });
      }
    });

    it('narrows chats to a date window, on created or updated time', async () => {
      const all = (await ok('tawkto_list_chats', { propertyId: P1, size: 50 })).items;
      const w = { startDate: '2026-01-08T00:00:00Z', endDate: '2026-01-12T00:00:00Z' };
      const created = (await ok('tawkto_list_chats', { propertyId: P1, size: 50, ...w })).items;
      expect(created.length).toBeGreaterThan(0);
      expect(created.length).toBeLessThan(all.length);
      expect(times(created).every((t: number) => t >= Date.parse(w.startDate) && t <= Date.parse(w.endDate))).toBe(true);
      expect(lastBody('tawkto_list_chats')).toMatchObject(w);
      const updated = (await ok('tawkto_list_chats', { propertyId: P1, size: 50, ...w, dateType: 'cuo' })).items;
      expect(times(updated, 'updatedOn').every((t: number) => t >= Date.parse(w.startDate) && t <= Date.parse(w.endDate))).toBe(true);
      expect(updated.map((c: any) => c.id)).not.toEqual(created.map((c: any) => c.id));
      const early = (await ok('tawkto_list_tickets', { propertyId: P1, size: 50, endDate: '2026-01-07T02:00:00Z' })).items;
      expect(early.map((t: any) => t.humanId)).toEqual([1, 2, 3]);
    });

    it('filters and sorts KB articles by the nested filters object and the sort object', async () => {
      const pub = (
        await ok('tawkto_list_kb_articles', {
          propertyId: P1,
          filters: { status: 'published', visibility: 'public', category: [ID.invoices, ID.billing] },
        })
      ).items;
      expect(pub.map((a: any) => a.title)).toEqual([
        'Update billing details',
        'Download invoices',
        'Change your plan',
        'Cancel a subscription',
      ]);
      const byAuthor = (await ok('tawkto_list_kb_articles', { propertyId: P1, filters: { author: [ID.riley] } })).items;
      expect(byAuthor.length).toBe(4);
      expect(byAuthor.every((a: any) => a.author === ID.riley)).toBe(true);
      const de = (await ok('tawkto_list_kb_articles', { propertyId: P1, filters: { site: [ID.siteDe] } })).items;
      expect(de.map((a: any) => a.title)).toEqual(['Cancel a subscription']);
      const recent = (await ok('tawkto_list_kb_articles', { propertyId: P1, filters: { createdAt: { from: '2025-12-20T00:00:00Z' } } }))
        .items;
      expect(recent.length).toBeGreaterThan(0);
      expect(recent.length).toBeLessThan(12);
      const desc = (await ok('tawkto_list_kb_articles', { propertyId: P1, sort: { field: 'updatedAt', order: 'desc' } })).items;
      const asc = (await ok('tawkto_list_kb_articles', { propertyId: P1, sort: { field: 'updatedAt', order: 'asc' } })).items;
      expect(sorted(times(desc, 'updatedAt'), true) && sorted(times(asc, 'updatedAt'), false)).toBe(true);
      expect(desc.map((a: any) => a.id)).not.toEqual(asc.map((a: any) => a.id));
      const bad = await call('tawkto_list_kb_articles', { propertyId: P1, sort: { field: 'views', order: 'asc' } });
      expect(bad.isError).toBe(true);
    });

    it('filters categories by site, properties by type and state', async () => {
      expect((await ok('tawkto_list_kb_categories', { propertyId: P1, siteId: ID.siteDe })).items.map((c: any) => c.name)).toEqual([
        'Erste Schritte',
      ]);
      expect((await ok('tawkto_list_properties', { enabled: false })).items.map((p: any) => p.name)).toEqual(['Old Shop']);
    });

    it('refuses a create without a field the API requires, sending nothing', async () => {
      const cases: [string, Record<string, unknown>][] = [
        ['tawkto_create_kb', { propertyId: P2, language: 'en', title: 'No subdomain' }],
        ['tawkto_create_kb_site', { propertyId: P1, title: 'No language' }],
        ['tawkto_create_kb_article', { propertyId: P1, article: { content: { siteId: 'primary' } } }],
        ['tawkto_create_kb_category', { propertyId: P1, category: { content: { name: 'No site' } } }],
        ['tawkto_create_webhook', { propertyId: P1, url: 'https://hooks.example/x' }],
        ['tawkto_create_tab', { propertyId: P1, name: 'No type' }],
        ['tawkto_create_widget_card', { propertyId: P1, widgetId: ID.widget, title: 'No type' }],
        ['tawkto_invite_member', { propertyId: P1, email: 'x@acme.example' }],
        ['tawkto_create_property', { siteUrl: 'https://x.example' }],
        [
          'tawkto_update_kb_article',
          { propertyId: P1, articleId: ID.article(1), article: { content: { title: 'x', status: 'draft', subtitle: '' } } },
        ],
      ];
      for (const [tool, args] of cases) {
        const n = h.emulator.calls(tool).length;
        const r = await call(tool, args);
        expect(r.isError, `${tool}: ${r.text}`).toBe(true);
        expect(h.emulator.calls(tool), tool).toHaveLength(n);
      }
    });

    it('creates records that look like the seeded ones: ObjectId ids, ISO createdOn/updatedOn', async () => {
      const seeded = (await ok('tawkto_list_tabs', { propertyId: P1 })).items[0];
      const tab = await ok('tawkto_create_tab', { propertyId: P1, type: 'faq', name: 'Questions' });
      for (const r of [seeded, tab]) {
        expect(r.id).toMatch(/^[0-9a-f]{24}$/);
        expect(r.createdOn).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
        expect(r.updatedOn).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      }
      expect(Object.keys(tab).sort()).toEqual(Object.keys(seeded).sort());
      const { hookId } = await ok('tawkto_create_webhook', {
        propertyId: P2,
        url: 'https://hooks.example/new',
        events: ['chat:end'],
        name: 'New',
      });
      expect(hookId).toMatch(/^[0-9a-f]{24}$/);
      const hook = await ok('tawkto_get_webhook', { propertyId: P2, hookId });
      expect(hook.createdOn).toEqual(expect.any(String));
      const later = await ok('tawkto_update_webhook', { propertyId: P2, hookId, enabled: false });
      expect(Date.parse(later.updatedOn)).toBeGreaterThanOrEqual(Date.parse(hook.createdOn));
      const { category } = await ok('tawkto_create_kb_category', {
        propertyId: P1,
        category: { content: { siteId: 'primary', name: 'Shipping' } },
      });
      expect(category.id).toMatch(/^[0-9a-f]{24}$/);
      await ok('tawkto_delete_tab', { propertyId: P1, tabId: tab.id });
    });
  });

  it('called every tawk.to tool', () => {
    expect(NAMES.filter((n) => !called.has(n))).toEqual([]);
  });
});

describe('tawk.to credentials and access', () => {
  it('a refused key gives an auth_error result that shows no key', async () => {
    const h = await startHarness({ apis: ['tawkto'], ...FAST, emulatorCredentials: { TAWK_API_KEY: 'tk-other-S3CRET-0badc0de' } });
    try {
      const r = await h.call('tawkto_list_properties');
      expect(r.isError).toBe(true);
      expect(r.text).toMatch(/401[\s\S]*\[auth_error\]/);
      expect(r.text).toContain('TAWK_API_KEY');
      expect(r.text).not.toContain(KEY);
      expect(r.text).not.toContain('tk-other-S3CRET-0badc0de');
      expect(r.text).not.toContain(Buffer.from(`${KEY}:`).toString('base64'));
    } finally {
      await h.close();
    }
  });

  it('uses a Bearer header with TAWK_ACCESS_TOKEN', async () => {
    const token = 'tk-oauth-S3CRET-5eed1e55';
    const h = await startHarness({ apis: ['tawkto'], ...FAST, credentials: { TAWK_ACCESS_TOKEN: token } });
    try {
      const r = await h.call('tawkto_get_current_agent');
      expect(r.isError, r.text).toBeFalsy();
      expect(h.emulator.requests.at(-1)!.headers.authorization).toBe(`Bearer ${token}`);
    } finally {
      await h.close();
    }
  });

  it('read-only lists only read tools (no write, destructive or secret-bearing tool)', async () => {
    const h = await startHarness({ apis: ['tawkto'], ...FAST, args: ['--read-only'] });
    try {
      const { tools } = await h.client.listTools();
      const reads = tawkto.tools.filter((t) => t.access === 'read').map((t) => t.name);
      expect(tools.map((t) => t.name).sort()).toEqual([...reads].sort());
      expect(tools.every((t) => t.annotations?.readOnlyHint === true)).toBe(true);
      expect(tools.map((t) => t.name)).not.toContain('tawkto_list_widget_api_keys');
      expect(tools.map((t) => t.name)).not.toContain('tawkto_create_webhook');
    } finally {
      await h.close();
    }
  });
});
