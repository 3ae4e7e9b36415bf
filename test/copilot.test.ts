// The Copilot toolset end to end: the real MCP Client → server → executor → the Copilot emulator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import copilot from '../tools/copilot/index.js';
import api from '../tools/copilot/api.js';
import sandboxDef from '../tools/copilot/sandbox.js';
import { uid } from '../tools/copilot/seed.js';
import { startHarness, TEST_CREDENTIALS, type Harness } from './harness.js';

const KEY = TEST_CREDENTIALS.copilot.COPILOT_API_KEY;
const DECLARED = copilot.tools.map((t) => t.name);
const CLIENT0 = uid('c1', 0);
const COMPANY0 = uid('c0', 0);

describe('copilot toolset', () => {
  let h: Harness;
  const called = new Set<string>();
  const call = async (name: string, args: Record<string, unknown> = {}) => {
    called.add(name);
    return h.call(name, args);
  };
  /** A call that must succeed; returns its parsed JSON. */
  const ok = async (name: string, args: Record<string, unknown> = {}) => {
    const r = await call(name, args);
    expect(r.isError, `${name}: ${r.text}`).toBeFalsy();
    return r.json;
  };
  const missing = async (name: string, args: Record<string, unknown>) => {
    const r = await call(name, args);
    expect(r.isError, `${name} should fail: ${r.text}`).toBe(true);
    expect(r.text).toMatch(/404/);
  };
  const store = (name: string) => h.emulator.store.collection(name);

  beforeAll(async () => {
    h = await startHarness({ apis: ['copilot'] });
  });
  afterAll(async () => {
    await h.close();
  });

  it('lists its 76 tools with valid names, descriptions and annotations', async () => {
    const { tools } = await h.client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual([...DECLARED].sort());
    expect(tools).toHaveLength(76);
    for (const t of tools) {
      expect(t.name).toMatch(/^copilot_[a-z]+(_[a-z]+)+$/);
      expect(t.name.length).toBeLessThanOrEqual(64);
      expect(t.description!.length, t.name).toBeLessThan(130);
      const props = (t.inputSchema.properties ?? {}) as Record<string, { description?: string }>;
      for (const [k, v] of Object.entries(props)) expect(v.description, `${t.name}.${k}`).toBeTruthy();
    }
    const destructive = tools
      .filter((t) => t.annotations?.destructiveHint)
      .map((t) => t.name)
      .sort();
    expect(destructive).toEqual([
      'copilot_cancel_subscription',
      'copilot_delete_client',
      'copilot_delete_company',
      'copilot_delete_file',
      'copilot_delete_note',
      'copilot_delete_notification',
      'copilot_delete_task',
      'copilot_replace_client',
    ]);
    // Paging arguments come from the API definition, on paginated lists only.
    const byName = Object.fromEntries(tools.map((t) => [t.name, t]));
    expect(Object.keys(byName.copilot_list_clients.inputSchema.properties!)).toEqual(
      expect.arrayContaining(['limit', 'max_records', 'fields']),
    );
    // The cursor travels in a result's `next`, and is listed so that `next` validates as it comes.
    expect(Object.keys(byName.copilot_list_clients.inputSchema.properties!)).toContain('nextToken');
    expect(Object.keys(byName.copilot_list_contracts.inputSchema.properties!)).not.toContain('nextToken');
  });

  it('sends the X-API-KEY header and never shows the key', async () => {
    const w = await ok('copilot_get_workspace');
    expect(w.brandName).toBe('Sandbox Studio');
    const req = h.emulator.calls('copilot_get_workspace').at(-1)!;
    expect(req.headers['x-api-key']).toBe(KEY);
    expect(req.path).toBe('/workspaces');
  });

  describe('clients', () => {
    it('lists one page with a continuation, and filters', async () => {
      const page = await ok('copilot_list_clients', { limit: 10 });
      expect(page.items).toHaveLength(10);
      expect(page.has_more).toBe(true);
      expect(page.next.nextToken).toEqual(expect.any(String));
      const second = await ok('copilot_list_clients', page.next);
      expect(second.items[0].id).not.toBe(page.items[0].id);
      const q = h.emulator.calls('copilot_list_clients').at(-1)!.query;
      expect(q).toMatchObject({ limit: '10', nextToken: page.next.nextToken });
      const byCompany = await ok('copilot_list_clients', { companyId: COMPANY0 });
      expect(byCompany.items.length).toBeGreaterThan(0);
      expect(byCompany.items.every((c: { companyId: string }) => c.companyId === COMPANY0)).toBe(true);
    });

    it('walks every page with max_records', async () => {
      const total = store('client').length;
      const pages = () => h.emulator.calls('copilot_list_clients').filter((c) => c.status === 200).length;
      const before = pages();
      const all = await ok('copilot_list_clients', { limit: 5, max_records: 1000 });
      expect(all.items).toHaveLength(total);
      expect(new Set(all.items.map((c: { id: string }) => c.id)).size).toBe(total);
      expect(all.has_more).toBe(false);
      expect(all.next).toBeNull();
      expect(pages() - before).toBe(Math.ceil(total / 5));
      // A cap inside a page stops there and continues exactly after it.
      const seven = await ok('copilot_list_clients', { limit: 5, max_records: 7 });
      expect(seven.items).toHaveLength(7);
      expect(seven.has_more).toBe(true);
      const rest = await ok('copilot_list_clients', { ...seven.next, max_records: 1000 });
      expect([...seven.items, ...rest.items].map((c: { id: string }) => c.id)).toEqual(all.items.map((c: { id: string }) => c.id));
    });

    it('gets, creates, updates, replaces and deletes', async () => {
      expect((await ok('copilot_get_client', { id: CLIENT0 })).givenName).toBe('Ada');
      await missing('copilot_get_client', { id: 'no-such-client' });

      const made = await ok('copilot_create_client', {
        givenName: 'Katherine',
        familyName: 'Johnson',
        email: 'katherine@nasa.example',
        companyId: COMPANY0,
        sendInvite: true,
        customFields: { tags: ['vip'] },
      });
      expect(made).toMatchObject({ givenName: 'Katherine', status: 'invited', companyId: COMPANY0 });
      const sent = h.emulator.calls('copilot_create_client').at(-1)!;
      expect(sent.query).toEqual({ sendInvite: 'true' }); // a query parameter of a POST
      expect(sent.body).toEqual({
        givenName: 'Katherine',
        familyName: 'Johnson',
        email: 'katherine@nasa.example',
        companyId: COMPANY0,
        customFields: { tags: ['vip'] },
      });

      // Copilot's own error body ({code, message}) reaches the agent.
      const dup = await call('copilot_create_client', { givenName: 'K', familyName: 'J', email: 'katherine@nasa.example' });
      expect(dup.isError).toBe(true);
      expect(dup.text).toContain('400');
      expect(dup.text).toContain('A client with email katherine@nasa.example already exists');
      expect(dup.text).toContain('parameter_invalid');

      await ok('copilot_update_client', { id: made.id, familyName: 'Goble', sendInvite: true });
      expect(h.emulator.calls('copilot_update_client').at(-1)!.method).toBe('PATCH');
      expect(store('client').find((c) => c.id === made.id)).not.toHaveProperty('sendInvite'); // a query flag, not a field
      expect((await ok('copilot_get_client', { id: made.id })).familyName).toBe('Goble');

      const replaced = await ok('copilot_replace_client', { id: made.id, givenName: 'Kathy', familyName: 'Johnson' });
      expect(replaced).toMatchObject({ givenName: 'Kathy', customFields: {}, companyId: '' });
      expect(h.emulator.calls('copilot_replace_client').at(-1)!.method).toBe('PUT');

      expect(await ok('copilot_delete_client', { id: made.id })).toMatchObject({ id: made.id, deleted: true });
      await missing('copilot_get_client', { id: made.id });
    });
  });

  it('companies: list, get, create, update, delete', async () => {
    const real = await ok('copilot_list_companies', { isPlaceholder: false });
    expect(real.items.map((c: { name: string }) => c.name)).toContain('Acme Corp');
    expect(real.items.every((c: { isPlaceholder: boolean }) => !c.isPlaceholder)).toBe(true);
    expect((await ok('copilot_get_company', { id: COMPANY0 })).name).toBe('Acme Corp');
    const made = await ok('copilot_create_company', { name: 'Cyberdyne', fallbackColor: '#112233' });
    expect(store('company').some((c) => c.id === made.id && c.name === 'Cyberdyne')).toBe(true);
    await ok('copilot_update_company', { id: made.id, name: 'Cyberdyne Systems' });
    expect((await ok('copilot_get_company', { id: made.id })).name).toBe('Cyberdyne Systems');
    await ok('copilot_delete_company', { id: made.id });
    await missing('copilot_get_company', { id: made.id });
  });

  it('contracts and templates', async () => {
    const signed = await ok('copilot_list_contracts', { status: 'signed' });
    expect(signed.items).toHaveLength(1);
    expect(signed.has_more).toBe(false);
    expect((await ok('copilot_get_contract', { id: signed.items[0].id })).status).toBe('signed');
    const templates = await ok('copilot_list_contract_templates', {});
    expect(templates.items.map((t: { name: string }) => t.name)).toEqual(['Master services agreement', 'NDA']);
    expect((await ok('copilot_get_contract_template', { id: uid('ct', 1) })).name).toBe('NDA');
    const sent = await ok('copilot_send_contract', {
      contractTemplateId: uid('ct', 1),
      clientId: uid('c1', 5),
      variableValues: { startDate: '2026-03-01' },
    });
    const mine = await ok('copilot_list_contracts', { clientId: uid('c1', 5) });
    expect(mine.items.map((c: { id: string }) => c.id)).toContain(sent.id);
  });

  it('custom fields and their options', async () => {
    const fields = await ok('copilot_list_custom_fields', { entityType: 'company' });
    expect(fields.items.map((f: { key: string }) => f.key)).toEqual(['industry']);
    const options = await ok('copilot_list_custom_field_options', { customFieldId: fields.items[0].id });
    expect(options.items.map((o: { label: string }) => o.label)).toEqual(['Software', 'Retail', 'Finance']);
  });

  it('files, folders, links and file channels', async () => {
    const channels = await ok('copilot_list_file_channels', { membershipType: 'individual' });
    expect(channels.items).toHaveLength(2);
    const channelId = channels.items[0].id;
    expect((await ok('copilot_get_file_channel', { id: channelId })).clientId).toBe(CLIENT0);
    const newChannel = await ok('copilot_create_file_channel', { membershipType: 'individual', clientId: uid('c1', 7) });
    expect(store('file_channel').some((c) => c.id === newChannel.id && c.clientId === uid('c1', 7))).toBe(true);

    const files = await ok('copilot_list_files', { channelId });
    expect(files.items.map((f: { name: string }) => f.name).sort()).toEqual(['Onboarding', 'Project board', 'agenda.pdf']);
    const agenda = files.items.find((f: { name: string }) => f.name === 'agenda.pdf');
    expect((await ok('copilot_get_file', { id: agenda.id })).downloadUrl).toMatch(/^https:/);
    expect((await ok('copilot_get_file_download_url', { id: agenda.id })).downloadUrl).toMatch(/agenda\.pdf/);
    expect(await ok('copilot_download_file', { id: agenda.id })).toBe('Sandbox contents of agenda.pdf');

    const folder = await ok('copilot_create_file', { fileType: 'folder', channelId, path: 'Contracts', clientPermissions: 'read_write' });
    expect(h.emulator.calls('copilot_create_file').at(-1)!.path).toBe('/files/folder');
    expect(folder).toMatchObject({ object: 'folder', name: 'Contracts' });
    const link = await ok('copilot_create_file', {
      fileType: 'link',
      channelId,
      path: 'Contracts/Docs',
      linkUrl: 'https://docs.sandbox.example',
    });
    expect((await ok('copilot_get_file', { id: link.id })).linkUrl).toBe('https://docs.sandbox.example');

    await ok('copilot_update_file_permissions', { id: folder.id, clientPermissions: 'read_only' });
    expect(h.emulator.calls('copilot_update_file_permissions').at(-1)!.path).toBe(`/files/${folder.id}/permissions/`);
    expect((await ok('copilot_get_file', { id: folder.id })).clientPermissions).toBe('read-only');

    const legacy = await ok('copilot_create_file_legacy', { type: 'folder', channelID: channelId, path: 'Old' });
    expect(h.emulator.calls('copilot_create_file_legacy').at(-1)!.body).toEqual({ type: 'folder', channelID: channelId, path: 'Old' });
    expect(store('file').some((f) => f.id === legacy.id)).toBe(true);

    expect(await ok('copilot_delete_file', { id: link.id })).toMatchObject({ deleted: true });
    await missing('copilot_get_file', { id: link.id });
  });

  it('forms and form responses', async () => {
    const forms = await ok('copilot_list_forms', {});
    expect(forms.items).toHaveLength(2);
    const formId = forms.items[0].id;
    expect((await ok('copilot_get_form', { id: formId })).formFields).toHaveLength(2);
    const before = await ok('copilot_list_form_responses', { formId });
    expect(before.items).toHaveLength(2);
    const requested = await ok('copilot_request_form_response', {
      formId,
      clientCompanyIds: [{ clientId: uid('c1', 9), companyId: uid('c0', 4) }],
    });
    expect(requested).toMatchObject({ formId, clientId: uid('c1', 9), status: 'pending' });
    const after = await ok('copilot_list_form_responses', { formId });
    expect(after.items).toHaveLength(3);
  });

  it('internal users', async () => {
    const users = await ok('copilot_list_internal_users', {});
    expect(users.items).toHaveLength(3);
    expect((await ok('copilot_get_internal_user', { id: users.items[0].id })).email).toBe('sam@studio.example');
  });

  it('invoices, templates and payments', async () => {
    const invoices = await ok('copilot_list_invoices', {});
    expect(invoices.items).toHaveLength(3);
    expect((await ok('copilot_get_invoice', { id: uid('iv', 1) })).number).toBe('INV-0002');
    const templates = await ok('copilot_list_invoice_templates', {});
    expect(templates.items).toHaveLength(2);
    const payments = await ok('copilot_list_payments', { invoiceId: uid('iv', 1) });
    expect(payments.items.map((p: { status: string }) => p.status)).toEqual(['failed']);

    const bad = await call('copilot_create_invoice', { clientId: CLIENT0, daysUntilDue: 31, paymentMethodPreferences: [] });
    expect(bad.isError).toBe(true); // over the documented maximum of 30: refused before sending
    const sentBefore = h.emulator.calls('copilot_create_invoice').length;
    expect(sentBefore).toBe(0);
    const inv = await ok('copilot_create_invoice', {
      clientId: CLIENT0,
      daysUntilDue: 14,
      paymentMethodPreferences: [{ type: 'creditCard', feePaidByClient: false }],
      lineItems: [{ amount: 25000, description: 'Design sprint', quantity: 2 }],
      memo: 'Sprint 1',
    });
    expect((await ok('copilot_get_invoice', { id: inv.id })).memo).toBe('Sprint 1');
  });

  it('messages and message channels', async () => {
    const channels = await ok('copilot_list_message_channels', { clientId: CLIENT0 });
    expect(channels.items.map((c: { id: string }) => c.id)).toContain(uid('mc', 0));
    expect((await ok('copilot_get_message_channel', { id: uid('mc', 2) })).membershipType).toBe('company');
    const channel = await ok('copilot_create_message_channel', { membershipType: 'company', companyId: uid('c0', 3) });
    expect(store('message_channel').some((c) => c.id === channel.id)).toBe(true);
    await ok('copilot_send_message', { channelId: channel.id, text: 'Hello **Umbrella**' });
    const msgs = await ok('copilot_list_messages', { channelId: channel.id });
    expect(msgs.items.map((m: { text: string }) => m.text)).toEqual(['Hello **Umbrella**']);
    await ok('copilot_send_message', { channelId: uid('mc', 0), text: 'Agenda attached.' });
    const seeded = await ok('copilot_list_messages', { channelId: uid('mc', 0) });
    expect(seeded.items.map((m: { text: string }) => m.text)).toEqual([
      'Agenda attached.',
      'Perfect, see you Thursday.',
      'Kick-off is **Thursday 10:00**; agenda in Files.',
      'When do we start?',
    ]);
    expect((await call('copilot_send_message', { channelId: 'no-such-channel', text: 'x' })).text).toMatch(/404/);
  });

  it('notes: list, get, create, update, delete', async () => {
    const onClients = await ok('copilot_list_notes', { entityType: 'client' });
    expect(onClients.items).toHaveLength(2);
    expect((await ok('copilot_get_note', { id: uid('n0', 1) })).title).toBe('Renewal');
    const note = await ok('copilot_create_note', { entityType: 'company', entityId: COMPANY0, title: 'Budget', content: '<p>Q3</p>' });
    await ok('copilot_update_note', { id: note.id, content: '<p>Q4</p>' });
    expect((await ok('copilot_get_note', { id: note.id })).content).toBe('<p>Q4</p>');
    await ok('copilot_delete_note', { id: note.id });
    await missing('copilot_get_note', { id: note.id });
  });

  it('notifications: unread by default, create, mark read/unread, delete', async () => {
    const unread = await ok('copilot_list_notifications', { recipientClientId: CLIENT0 });
    expect(unread.items).toHaveLength(1);
    const all = await ok('copilot_list_notifications', { recipientClientId: CLIENT0, includeRead: true });
    expect(all.items).toHaveLength(2);
    const n = await ok('copilot_create_notification', {
      senderId: uid('a1', 0),
      recipientClientId: uid('c1', 2),
      recipientCompanyId: uid('c0', 2),
      deliveryTargets: { inProduct: { title: 'Invoice ready' }, email: { subject: 'Your invoice', body: 'See the portal.' } },
    });
    const list = () =>
      ok('copilot_list_notifications', { recipientClientId: uid('c1', 2) }).then((r) => r.items.map((x: { id: string }) => x.id));
    expect(await list()).toContain(n.id);
    expect((await ok('copilot_mark_notification_read', { id: n.id })).deliveryTargets.inProduct.isRead).toBe(true);
    expect(await list()).not.toContain(n.id);
    await ok('copilot_mark_notification_unread', { id: n.id });
    expect(await list()).toContain(n.id);
    await ok('copilot_delete_notification', { id: n.id });
    expect(store('notification').some((x) => x.id === n.id)).toBe(false);
  });

  it('products and prices', async () => {
    const products = await ok('copilot_list_products', { name: 'retainer' });
    expect(products.items.map((p: { name: string }) => p.name)).toEqual(['Retainer']);
    expect((await ok('copilot_get_product', { id: products.items[0].id })).status).toBe('active');
    const prices = await ok('copilot_list_prices', { productId: products.items[0].id });
    expect(prices.items).toHaveLength(2);
    expect((await ok('copilot_get_price', { id: prices.items[0].id })).amount).toBe(200000);
  });

  it('subscriptions: list, get, create, cancel once', async () => {
    const subs = await ok('copilot_list_subscriptions', {});
    expect(subs.items).toHaveLength(3);
    expect((await ok('copilot_list_subscription_templates', {})).items).toHaveLength(2);
    const made = await ok('copilot_create_subscription', {
      clientId: uid('c1', 6),
      collectionMethod: 'sendInvoice',
      daysUntilDue: 7,
      interval: 'month',
      paymentMethodPreferences: [{ type: 'bankAccount', feePaidByClient: true }],
      lineItems: [{ amount: 9900, description: 'Hosting', quantity: 1 }],
    });
    expect((await ok('copilot_get_subscription', { id: made.id })).collectionMethod).toBe('sendInvoice');
    const cancelled = await ok('copilot_cancel_subscription', { id: uid('sb', 0) });
    expect(cancelled.status).toBe('canceled');
    expect((await ok('copilot_get_subscription', { id: uid('sb', 0) })).status).toBe('canceled');
    const again = await call('copilot_cancel_subscription', { id: uid('sb', 0) });
    expect(again.isError).toBe(true);
    expect(again.text).toMatch(/400.*Only active or notStarted subscriptions can be canceled/);
  });

  it('tasks and task templates', async () => {
    const todo = await ok('copilot_list_tasks', { status: 'todo' });
    expect(todo.items.map((t: { name: string }) => t.name)).toEqual(['Collect brand assets']);
    const templates = await ok('copilot_list_task_templates', {});
    expect(templates.items).toHaveLength(2);
    expect((await ok('copilot_get_task_template', { id: templates.items[0].id })).subTaskTemplates).toHaveLength(2);
    const task = await ok('copilot_create_task', {
      name: 'Review contract',
      clientId: CLIENT0,
      companyId: COMPANY0,
      dueDate: '2026-02-01T00:00:00Z',
      status: 'todo',
    });
    await ok('copilot_update_task', { id: task.id, status: 'completed', viewers: [{ clientId: uid('c1', 5), companyId: COMPANY0 }] });
    const got = await ok('copilot_get_task', { id: task.id });
    expect(got).toMatchObject({ status: 'completed', viewers: [{ clientId: uid('c1', 5), companyId: COMPANY0 }] });
    await ok('copilot_delete_task', { id: task.id });
    await missing('copilot_get_task', { id: task.id });
  });

  it('app installs and connections (bare-array answers)', async () => {
    const installs = await ok('copilot_list_app_installs');
    expect(installs.items.map((i: { displayName: string }) => i.displayName)).toEqual(['Tasks', 'Project board']);
    expect(installs.has_more).toBe(false);
    const installId = installs.items[1].id;
    expect((await ok('copilot_get_app_install', { installId })).type).toBe('custom');
    expect((await ok('copilot_list_app_connections', { installId })).items).toHaveLength(2);
    const conn = await ok('copilot_create_app_connection', {
      installId,
      type: 'link',
      content: 'https://board.sandbox.example/initech',
      companyId: uid('c0', 2),
    });
    expect(conn).toMatchObject({ installId, membershipType: 'company' });
    const forCompany = await ok('copilot_list_app_connections', { installId, companyId: uid('c0', 2) });
    expect(forCompany.items.map((c: { id: string }) => c.id)).toEqual([conn.id]);
  });

  /** A refused call: isError, the message says why, and nothing reached the API. */
  const refused = async (name: string, args: Record<string, unknown>, why: RegExp) => {
    const before = h.emulator.calls(name).length;
    const r = await call(name, args);
    expect(r.isError, `${name} should be refused: ${r.text}`).toBe(true);
    expect(r.text).toMatch(why);
    expect(r.text).toContain('Nothing was sent');
    expect(h.emulator.calls(name).length).toBe(before);
  };
  /** Straight to the emulator, past the MCP layer: does the sandbox refuse as the real API does? */
  const direct = async (method: string, path: string, body: unknown) => {
    const url = await h.emulator.start();
    const r = await fetch(`${url}/v1${path}`, {
      method,
      headers: { 'X-API-KEY': KEY, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: r.status, body: (await r.json()) as { code?: string; message?: string } };
  };

  describe('required fields and combination rules', () => {
    it('refuses a create without the fields the API requires, sending nothing', async () => {
      const prefs = [{ type: 'creditCard', feePaidByClient: false }];
      await refused('copilot_create_client', { givenName: 'A', familyName: 'B' }, /email/);
      await refused('copilot_create_company', {}, /name/);
      await refused('copilot_create_note', { entityType: 'client', entityId: CLIENT0 }, /title/);
      await refused('copilot_create_file', { fileType: 'folder', channelId: uid('fc', 0) }, /path/);
      await refused('copilot_create_file_legacy', { type: 'folder' }, /channelID/);
      await refused('copilot_create_app_connection', { installId: uid('ai', 1), type: 'link' }, /content/);
      await refused('copilot_send_contract', { contractTemplateId: uid('ct', 0) }, /clientId/);
      await refused('copilot_send_message', { channelId: uid('mc', 0) }, /text/);
      await refused('copilot_request_form_response', { formId: uid('fm', 0), clientCompanyIds: [] }, /clientCompanyIds/);
      await refused(
        'copilot_create_notification',
        { senderId: uid('a1', 0), deliveryTargets: { inProduct: { title: 'x' } } },
        /recipientClientId or recipientInternalUserId/,
      );
      await refused(
        'copilot_create_subscription',
        { clientId: CLIENT0, daysUntilDue: 5, paymentMethodPreferences: prefs, lineItems: [{ amount: 1, quantity: 1 }] },
        /collectionMethod/,
      );
      // One of templateId / lineItems, one of clientId / companyId.
      await refused(
        'copilot_create_invoice',
        { clientId: CLIENT0, daysUntilDue: 5, paymentMethodPreferences: prefs },
        /lineItems is required unless templateId/,
      );
      await refused(
        'copilot_create_invoice',
        { daysUntilDue: 5, paymentMethodPreferences: prefs, templateId: uid('it', 0) },
        /clientId or companyId/,
      );
      // A channel's members follow its membership type.
      await refused(
        'copilot_create_message_channel',
        { membershipType: 'individual', companyId: COMPANY0 },
        /clientId is required for individual/,
      );
      await refused('copilot_create_file_channel', { membershipType: 'group' }, /memberIds is required for group/);
      await refused('copilot_create_file_channel', { membershipType: 'company', clientId: CLIENT0 }, /companyId is required for company/);
    });

    it('create_task: one assignee kind, and name and status unless templateId', async () => {
      await refused('copilot_create_task', { name: 'x', status: 'todo' }, /one of internalUserId, clientId or companyId/);
      await refused(
        'copilot_create_task',
        { name: 'x', status: 'todo', internalUserId: uid('a1', 0), clientId: CLIENT0 },
        /internalUserId cannot be combined/,
      );
      await refused(
        'copilot_create_task',
        { name: 'x', status: 'todo', internalUserId: uid('a1', 0), companyId: COMPANY0 },
        /internalUserId cannot be combined/,
      );
      await refused('copilot_create_task', { status: 'todo', companyId: COMPANY0 }, /name is required unless templateId/);
      await refused('copilot_create_task', { name: '  ', status: 'todo', companyId: COMPANY0 }, /name is required unless templateId/);
      await refused('copilot_create_task', { name: 'x', internalUserId: uid('a1', 0) }, /status is required unless templateId/);
      await refused(
        'copilot_create_task',
        { name: 'x', status: 'todo', companyId: COMPANY0, viewers: [{ companyId: COMPANY0 }, { companyId: uid('c0', 1) }] },
        /viewers/,
      );
      // The rule is said in the description, and costs no schema: no top-level combinators.
      const { tools } = await h.client.listTools();
      const t = tools.find((x) => x.name === 'copilot_create_task')!;
      expect(t.description).toMatch(/internalUserId, or clientId and\/or companyId; name and status unless templateId/);
      for (const k of ['anyOf', 'oneOf', 'allOf']) expect(t.inputSchema).not.toHaveProperty(k);
      expect(t.inputSchema.required ?? []).toEqual([]);
      // A template gives the name; the client's only company is filled in.
      const fromTemplate = await ok('copilot_create_task', { templateId: uid('tt', 1), clientId: uid('c1', 3) });
      expect(fromTemplate).toMatchObject({
        name: 'Quarterly review',
        status: 'todo',
        clientId: uid('c1', 3),
        companyId: uid('c0', 3),
        templateId: uid('tt', 1),
      });
    });

    it('update_task: the same assignee rule, and clientId needs companyId', async () => {
      const id = uid('tk', 1);
      await refused('copilot_update_task', { id, internalUserId: uid('a1', 0), companyId: COMPANY0 }, /internalUserId cannot be combined/);
      await refused('copilot_update_task', { id, clientId: CLIENT0 }, /companyId is required when clientId/);
      await refused('copilot_update_task', { id, name: ' ' }, /name must not be empty/);
      const moved = await ok('copilot_update_task', { id, clientId: CLIENT0, companyId: COMPANY0 });
      expect(moved).toMatchObject({ internalUserId: null, clientId: CLIENT0, companyId: COMPANY0 });
      const back = await ok('copilot_update_task', { id, internalUserId: uid('a1', 1) });
      expect(back).toMatchObject({ internalUserId: uid('a1', 1), clientId: null, companyId: null });
    });

    it('the sandbox refuses what the real API refuses, even past the MCP layer', async () => {
      const bad = [
        { name: 'x', status: 'todo', internalUserId: uid('a1', 0), clientId: CLIENT0 },
        { name: 'x', status: 'todo' },
        { status: 'todo', companyId: COMPANY0 },
        { name: 'x', companyId: COMPANY0 },
      ];
      h.emulator.setRateLimit('1000/1s'); // a burst of direct calls; the limit is not under test here
      const count = store('task').length;
      for (const body of bad) {
        const r = await direct('POST', '/tasks', body);
        expect(r.status, JSON.stringify(body)).toBe(400);
        expect(r.body).toMatchObject({ code: 'parameter_invalid', message: expect.any(String) });
      }
      expect(store('task')).toHaveLength(count);
      expect((await direct('PATCH', `/tasks/${uid('tk', 0)}`, { clientId: CLIENT0 })).status).toBe(400);
      expect((await direct('POST', '/message-channels', { membershipType: 'company' })).status).toBe(400);
      expect((await direct('POST', '/invoices', { clientId: CLIENT0, daysUntilDue: 3, paymentMethodPreferences: [] })).status).toBe(400);
      expect((await direct('POST', '/notifications', { senderId: uid('a1', 0) })).status).toBe(400);
      h.emulator.setRateLimit('20/1s');
    });

    it('update tools list every field they take, each described', async () => {
      const { tools } = await h.client.listTools();
      const props = (n: string) => Object.keys(tools.find((t) => t.name === n)!.inputSchema.properties ?? {}).sort();
      expect(props('copilot_update_client')).toEqual(['companyId', 'customFields', 'familyName', 'givenName', 'id', 'sendInvite']);
      expect(props('copilot_update_company')).toEqual(['customFields', 'id', 'name']);
      expect(props('copilot_update_note')).toEqual(['content', 'id', 'title']);
      expect(props('copilot_update_task')).toEqual([
        'clientId',
        'companyId',
        'description',
        'dueDate',
        'id',
        'internalUserId',
        'isArchived',
        'name',
        'status',
        'viewers',
      ]);
      // No empty sub-schema anywhere: custom field values say what they may be.
      const empty = (node: unknown, path: string): string[] => {
        if (!node || typeof node !== 'object') return [];
        if (!Array.isArray(node) && Object.keys(node).length === 0) return [path];
        return Object.entries(node).flatMap(([k, v]) =>
          k === 'properties' && v && typeof v === 'object' && Object.keys(v).length === 0 ? [] : empty(v, `${path}.${k}`),
        );
      };
      expect(tools.flatMap((t) => empty(t.inputSchema, t.name))).toEqual([]);
    });
  });

  describe('list filters', () => {
    it('memberId narrows message and file channels to those the client is in', async () => {
      const mine = await ok('copilot_list_message_channels', { memberId: uid('c1', 1) });
      expect(mine.items.map((c: { id: string }) => c.id)).toEqual([uid('mc', 1)]);
      const all = await ok('copilot_list_message_channels', {});
      const client0 = await ok('copilot_list_message_channels', { memberId: CLIENT0 });
      expect(client0.items.length).toBeLessThan(all.items.length);
      expect(client0.items.map((c: { id: string }) => c.id).sort()).toEqual([uid('mc', 0), uid('mc', 2)].sort()); // own and company channel
      const files = await ok('copilot_list_file_channels', { memberId: uid('c1', 1) });
      expect(files.items.map((c: { id: string }) => c.id)).toEqual([uid('fc', 1)]);
      const { tools } = await h.client.listTools();
      const memberId = (
        tools.find((t) => t.name === 'copilot_list_message_channels')!.inputSchema.properties as Record<string, { description: string }>
      ).memberId;
      expect(memberId.description).toMatch(/exact/);
    });

    it('every declared filter of every list tool narrows the seeded records', async () => {
      for (const d of copilot.tools.filter((t) => t.list)) {
        const shape = d.input.shape as unknown as Record<string, { isOptional(): boolean }>;
        for (const arg of Object.keys(shape)) {
          const inPath = d.path.includes(`{${arg}}`);
          if (!shape[arg].isOptional() && !inPath) expect(d.filters?.[arg], `${d.name}.${arg}`).toBeDefined();
          if (shape[arg].isOptional()) expect(d.filters?.[arg], `${d.name}.${arg} has no FilterSpec`).toBeDefined();
        }
        const base = { ...(sandboxDef.examples?.[d.name] ?? {}) };
        const r = await ok(d.name, base);
        for (const [arg, spec] of Object.entries(d.filters ?? {})) {
          if (spec.match === 'shape' || arg in base) continue;
          const field = typeof spec.field === 'string' ? spec.field : arg;
          const source = r.items.find((it: any) => {
            const v = it[field];
            return v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && !v.length);
          });
          expect(source, `${d.name}: no item has ${field}`).toBeDefined();
          const raw = source[field];
          const value = Array.isArray(raw) ? raw[0] : spec.match === 'prefix' ? String(raw).slice(0, 2) : raw;
          const narrowed = await ok(d.name, { ...base, [arg]: value });
          expect(narrowed.items.length, `${d.name} ${arg}=${value}`).toBeLessThan(r.items.length);
          expect(
            narrowed.items.map((x: { id: string }) => x.id),
            `${d.name} ${arg}`,
          ).toContain(source.id);
        }
      }
    });
  });

  describe('created records look like seeded ones', () => {
    const seededShape = (collection: string) => {
      const seeded = (sandboxDef.seed as Record<string, any[]>)[collection][0];
      return { id: seeded.id as string, stamps: ['createdAt', 'updatedAt', 'createdDate'].filter((k) => k in seeded) };
    };
    const idForm = (id: string) => id.replace(/-\d{12}$/, '');
    it.each([
      ['client', 'copilot_create_client', { givenName: 'Mary', familyName: 'Jackson', email: 'mary@nasa.example', companyId: COMPANY0 }],
      ['company', 'copilot_create_company', { name: 'Tyrell' }],
      ['note', 'copilot_create_note', { entityType: 'client', entityId: CLIENT0, title: 'Call' }],
      ['contract', 'copilot_send_contract', { contractTemplateId: uid('ct', 0), clientId: uid('c1', 4) }],
      ['message_channel', 'copilot_create_message_channel', { membershipType: 'individual', clientId: uid('c1', 8) }],
      ['task', 'copilot_create_task', { name: 'Shape', status: 'todo', internalUserId: uid('a1', 2) }],
    ] as const)('%s', async (collection, tool, args) => {
      const made = await ok(tool, args);
      const seeded = seededShape(collection);
      expect(made.id).toMatch(/^[0-9a-f]{8}-0000-4000-8000-\d{12}$/);
      expect(idForm(made.id)).toBe(idForm(seeded.id)); // the same type tag as the seeded records
      for (const k of seeded.stamps) expect(made[k], `${collection}.${k}`).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
      for (const k of ['createdAt', 'updatedAt', 'createdDate'].filter((x) => !seeded.stamps.includes(x)))
        expect(made).not.toHaveProperty(k);
      const allowed = api.records![collection];
      expect(
        Object.keys(made).filter((k) => !allowed.includes(k)),
        collection,
      ).toEqual([]);
      const seededKeys = Object.keys((sandboxDef.seed as Record<string, any[]>)[collection][0]).sort();
      expect(
        Object.keys(made).filter((k) => !seededKeys.includes(k)),
        `${collection}: fields seeded records lack`,
      ).toEqual([]);
    });
  });

  it('treats `data: null` as an empty last page', async () => {
    h.emulator.faults.push({ tool: 'copilot_list_invoices', status: 200, body: { data: null }, times: 1 });
    const r = await ok('copilot_list_invoices', {});
    expect(r).toMatchObject({ items: [], has_more: false, next: null });
  });

  it('surfaces an injected {code, message} error body', async () => {
    h.emulator.faults.push({
      tool: 'copilot_get_task',
      status: 400,
      body: { code: 'parameter_invalid', message: 'id is not a valid uuid', data: null },
      times: 1,
    });
    const r = await call('copilot_get_task', { id: 'x' });
    expect(r.isError).toBe(true);
    expect(r.text).toContain('id is not a valid uuid');
    expect(r.text).toContain('[parameter_invalid]');
    expect(r.text).toMatch(/What to do:/);
  });

  it('a refused key (401) is an error result that shows no key', async () => {
    h.emulator.faults.push({ tool: 'copilot_get_form', status: 401, body: { code: 'unauthorized', message: 'Invalid API key' }, times: 1 });
    const r = await call('copilot_get_form', { id: uid('fm', 0) });
    expect(r.isError).toBe(true);
    expect(r.text).toMatch(/401/);
    expect(r.text).toContain('COPILOT_API_KEY');
    expect(r.text).not.toContain(KEY);
  });

  it('retries a 429 without Retry-After after about a second, then succeeds', async () => {
    h.emulator.setRateLimit('1000/1s'); // only the injected 429, none from the emulator's own window
    h.emulator.faults.push({
      tool: 'copilot_list_forms',
      status: 429,
      body: { code: 'rate_limit_exceeded', message: 'Too many requests' },
      times: 1,
    });
    const before = h.emulator.calls('copilot_list_forms').length;
    const t0 = Date.now();
    const r = await ok('copilot_list_forms', {});
    const elapsed = Date.now() - t0;
    expect(r.items).toHaveLength(2);
    const attempts = h.emulator.calls('copilot_list_forms').slice(before);
    expect(attempts.map((a) => a.status)).toEqual([429, 200]);
    expect(elapsed).toBeGreaterThanOrEqual(900);
    expect(attempts[1].at - attempts[0].at).toBeGreaterThanOrEqual(900);
    h.emulator.setRateLimit('20/1s');
  });

  it('called every tool', () => {
    expect(DECLARED.filter((n) => !called.has(n))).toEqual([]);
  });
});

describe('copilot with a wrong key', () => {
  it('returns an isError result without the key', async () => {
    const h = await startHarness({ apis: ['copilot'], emulatorCredentials: { COPILOT_API_KEY: 'the-real-key-0b5e' } });
    try {
      const r = await h.call('copilot_list_clients', {});
      expect(r.isError).toBe(true);
      expect(r.text).toMatch(/401/);
      expect(r.text).not.toContain(KEY);
      expect(r.text).not.toContain('the-real-key-0b5e');
      expect(h.emulator.requests.at(-1)!.headers['x-api-key']).toBe(KEY);
    } finally {
      await h.close();
    }
  });
});

describe('copilot read-only', () => {
  it('lists only read tools', async () => {
    const h = await startHarness({ apis: ['copilot'], args: ['--read-only'] });
    try {
      const { tools } = await h.client.listTools();
      const reads = copilot.tools
        .filter((t) => t.access === 'read')
        .map((t) => t.name)
        .sort();
      expect(tools.map((t) => t.name).sort()).toEqual(reads);
      expect(tools.every((t) => t.annotations?.readOnlyHint === true)).toBe(true);
      expect(tools.some((t) => /_(create|update|replace|delete|send|cancel|mark|request)_/.test(t.name))).toBe(false);
      expect(reads.length).toBe(46);
    } finally {
      await h.close();
    }
  });
});
