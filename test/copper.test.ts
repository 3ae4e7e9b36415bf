// The Copper toolset end to end: every tool through the MCP client against the emulator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, TEST_CREDENTIALS, type Harness } from './harness.js';

const creds = TEST_CREDENTIALS.copper;

describe('copper: every tool against the emulator', () => {
  let h: Harness;
  const called = new Set<string>();
  const call = async (name: string, args: Record<string, unknown> = {}) => {
    called.add(name);
    const r = await h.call(name, args);
    expect(r.isError, `${name}: ${r.text}`).toBeFalsy();
    return r.json;
  };
  beforeAll(async () => { h = await startHarness(); });
  afterAll(async () => {
    const { tools } = await h.client.listTools();
    expect([...called].sort()).toEqual(tools.map((t) => t.name).sort());
    await h.close();
  });

  it('sends the three X-PW headers on every request', async () => {
    await call('copper_get_account');
    const req = h.emulator.requests.at(-1)!;
    expect(req.headers['x-pw-accesstoken']).toBe(creds.COPPER_API_KEY);
    expect(req.headers['x-pw-useremail']).toBe(creds.COPPER_USER_EMAIL);
    expect(req.headers['x-pw-application']).toBe('developer_api');
    expect(req.path).toBe('/account'); // under the /developer_api/v1 base path
  });

  it('people: search, get, fetch by email, create, update, delete', async () => {
    const found = await call('copper_search_people', { name: 'grace', page_size: 2 });
    expect(found.items).toHaveLength(2);
    expect(found.items.every((p: any) => /grace/i.test(p.name))).toBe(true);
    expect(found.total).toBe(3);
    expect(found.has_more).toBe(true);
    expect(found.next).toEqual({ name: 'grace', page_number: 2, page_size: 2 });
    const rest = await call('copper_search_people', found.next);
    expect(rest.items).toHaveLength(1);
    expect(rest.has_more).toBe(false);

    const byTag = await call('copper_search_people', { tags: ['vip'], emails: ['ada.0@acmecorp.example'] });
    expect(byTag.items.map((p: any) => p.id)).toEqual([1000]);
    const byIds = await call('copper_search_people', { ids: [1001, 1002] });
    expect(byIds.items.map((p: any) => p.id)).toEqual([1001, 1002]);

    expect((await call('copper_get_person', { id: 1001 })).name).toBe('Grace Knuth');
    expect((await call('copper_fetch_person_by_email', { email: 'ada.0@acmecorp.example' })).id).toBe(1000);

    const created = await call('copper_create_person', { name: 'Katherine Johnson', emails: [{ email: 'kj@nasa.example', category: 'work' }], tags: ['space'] });
    expect(created.id).toBeTypeOf('number');
    expect(h.emulator.requests.at(-1)!.body).toEqual({ name: 'Katherine Johnson', emails: [{ email: 'kj@nasa.example', category: 'work' }], tags: ['space'] });
    const updated = await call('copper_update_person', { id: created.id, title: 'Mathematician', tags: ['space', 'nasa'] });
    expect(updated).toMatchObject({ title: 'Mathematician', tags: ['space', 'nasa'] });
    expect(h.emulator.requests.at(-1)!.method).toBe('PUT');
    expect(await call('copper_delete_person', { id: created.id })).toEqual({ id: created.id, is_deleted: true });
    const gone = await h.call('copper_get_person', { id: created.id });
    expect(gone.isError).toBe(true);
    expect(gone.text).toMatch(/404/);
  });

  it('companies: search, get, create, update', async () => {
    const found = await call('copper_search_companies', { name: 'acme' });
    expect(found.items.map((c: any) => c.name)).toEqual(['Acme Corp']);
    expect((await call('copper_get_company', { id: 101 })).name).toBe('Globex');
    const created = await call('copper_create_company', { name: 'Cyberdyne', email_domain: 'cyberdyne.example' });
    const updated = await call('copper_update_company', { id: created.id, details: 'Robotics' });
    expect(updated).toMatchObject({ name: 'Cyberdyne', details: 'Robotics' });
  });

  it('leads: search, create, update, convert (the lead is removed)', async () => {
    const found = await call('copper_search_leads', { tags: ['inbound'] });
    expect(found.items.map((l: any) => l.id)).toEqual([500]);
    const lead = await call('copper_create_lead', { name: 'Alan Kay', email: { email: 'alan@parc.example', category: 'work' }, company_name: 'PARC', status: 'New' });
    expect((await call('copper_update_lead', { id: lead.id, status: 'Qualified' })).status).toBe('Qualified');
    const converted = await call('copper_convert_lead', { id: lead.id, company: { name: 'PARC' }, opportunity: { name: 'Smalltalk licence', pipeline_id: 1 } });
    expect(converted.person.name).toBe('Alan Kay');
    expect(converted.company.name).toBe('PARC');
    expect(converted.opportunity).toMatchObject({ name: 'Smalltalk licence', pipeline_id: 1 });
    expect(h.emulator.requests.at(-1)!.body).toEqual({ details: { company: { name: 'PARC' }, opportunity: { name: 'Smalltalk licence', pipeline_id: 1 } } });
    const after = await call('copper_search_leads', { ids: [lead.id] });
    expect(after.items).toEqual([]);
  });

  it('opportunities, tasks, activities, projects', async () => {
    const opps = await call('copper_search_opportunities', { pipeline_ids: [1], sort_by: 'value', sort_direction: 'desc' });
    expect(opps.items.every((o: any) => o.pipeline_id === 1)).toBe(true);
    const values = opps.items.map((o: any) => o.monetary_value ?? 0);
    expect(values).toEqual([...values].sort((a: number, b: number) => b - a));
    expect(opps.items.map((o: any) => o.id)).toEqual(expect.arrayContaining([701, 702]));
    const opp = await call('copper_create_opportunity', { name: 'Hooli deal', company_id: 106, pipeline_id: 1, close_date: '12/31/2026' });
    expect((await call('copper_update_opportunity', { id: opp.id, status: 'Won' })).status).toBe('Won');

    expect((await call('copper_search_tasks', { statuses: ['Open'] })).items.map((t: any) => t.id)).toEqual([800]);
    const task = await call('copper_create_task', { name: 'Follow up', related_resource: { id: opp.id, type: 'opportunity' }, due_date: 1798675200 });
    expect(task.related_resource).toEqual({ id: opp.id, type: 'opportunity' });

    const note = await call('copper_create_activity', { parent: { id: 1000, type: 'person' }, type: { category: 'user', id: 0 }, details: 'Called about renewal' });
    expect(note.details).toBe('Called about renewal');
    const onPerson = await call('copper_search_activities', { parent: { id: 1000, type: 'person' } });
    expect(onPerson.items.map((a: any) => a.details)).toContain('Called about renewal');
    expect((await call('copper_search_projects', { name: 'onboarding' })).items.map((p: any) => p.id)).toEqual([600]);
  });

  it('pipelines, stages, custom fields, account, users', async () => {
    const pipelines = await call('copper_list_pipelines');
    expect(pipelines).toMatchObject({ has_more: false, next: null });
    expect(pipelines.items.map((p: any) => p.name)).toEqual(['Sales', 'Renewals']);
    expect((await call('copper_list_pipeline_stages')).items).toHaveLength(5);
    expect((await call('copper_list_custom_field_definitions')).items.map((f: any) => f.data_type)).toEqual(['Dropdown', 'Date', 'Float']);
    expect((await call('copper_get_account')).settings.setting_enable_leads).toBe(true);
    expect((await call('copper_search_users')).items).toHaveLength(3);
    expect((await call('copper_get_current_user')).email).toBe('agent@sandbox.example');
  });

  it('webhooks: create (https only), list, delete', async () => {
    const bad = await h.call('copper_create_webhook', { target: 'http://insecure.example/hook', type: 'person', event: 'new' });
    expect(bad.isError).toBe(true);
    expect(h.emulator.calls('copper_create_webhook')).toHaveLength(0);
    const hook = await call('copper_create_webhook', { target: 'https://hooks.example/p', type: 'person', event: 'update', secret: { token: 'abc' } });
    expect((await call('copper_list_webhooks')).items.map((w: any) => w.id)).toContain(hook.id);
    expect((await call('copper_delete_webhook', { id: hook.id })).id).toBe(hook.id);
  });
});

describe('copper: auth variants', () => {
  it('OAuth: Bearer plus X-PW-Application', async () => {
    const token = { COPPER_ACCESS_TOKEN: 'cu-oauth-S3CRET-5b5b5b5b' };
    const h = await startHarness({ credentials: token });
    try {
      expect((await h.call('copper_get_account')).isError).toBeFalsy();
      const req = h.emulator.requests.at(-1)!;
      expect(req.headers.authorization).toBe(`Bearer ${token.COPPER_ACCESS_TOKEN}`);
      expect(req.headers['x-pw-application']).toBe('developer_api');
      expect(req.headers['x-pw-accesstoken']).toBeUndefined();
    } finally { await h.close(); }
  });

  it('an upstream 401 is an error result that names what to check and shows no secret', async () => {
    const h = await startHarness({ emulatorCredentials: { ...creds, COPPER_API_KEY: 'some-other-key' } });
    try {
      const r = await h.call('copper_get_person', { id: 1000 });
      expect(r.isError).toBe(true);
      expect(r.text).toMatch(/401/);
      expect(r.text).toMatch(/COPPER_API_KEY/);
      expect(r.text).not.toContain(creds.COPPER_API_KEY);
      expect(r.text).not.toContain('some-other-key');
    } finally { await h.close(); }
  });
});
