// The Copper toolset end to end: every tool through the MCP client against the emulator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, TEST_CREDENTIALS, type Harness } from './harness.js';
import copper from '../tools/copper/index.js';

const creds = TEST_CREDENTIALS.copper;
// Declared and emulated, but left out of tools/list for the token budget (tools/copper/index.ts): their
// tests run once they are registered.
const _listed = new Set(copper.tools.map((t) => t.name));

describe('copper: every tool against the emulator', () => {
  let h: Harness;
  const called = new Set<string>();
  const call = async (name: string, args: Record<string, unknown> = {}) => {
    called.add(name);
    const r = await h.call(name, args);
    expect(r.isError, `${name}: ${r.text}`).toBeFalsy();
    return r.json;
  };
  beforeAll(async () => {
    h = await startHarness();
  });
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

    const created = await call('copper_create_person', {
      name: 'Katherine Johnson',
      emails: [{ email: 'kj@nasa.example', category: 'work' }],
      tags: ['space'],
    });
    expect(created.id).toBeTypeOf('number');
    expect(h.emulator.requests.at(-1)!.body).toEqual({
      name: 'Katherine Johnson',
      emails: [{ email: 'kj@nasa.example', category: 'work' }],
      tags: ['space'],
    });
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
    const lead = await call('copper_create_lead', {
      name: 'Alan Kay',
      email: { email: 'alan@parc.example', category: 'work' },
      company_name: 'PARC',
      status: 'New',
    });
    expect((await call('copper_update_lead', { id: lead.id, status: 'Qualified' })).status).toBe('Qualified');
    const converted = await call('copper_convert_lead', {
      id: lead.id,
      company: { name: 'PARC' },
      opportunity: { name: 'Smalltalk licence', pipeline_id: 1 },
    });
    expect(converted.person.name).toBe('Alan Kay');
    expect(converted.company.name).toBe('PARC');
    expect(converted.opportunity).toMatchObject({ name: 'Smalltalk licence', pipeline_id: 1 });
    expect(h.emulator.requests.at(-1)!.body).toEqual({
      details: { company: { name: 'PARC' }, opportunity: { name: 'Smalltalk licence', pipeline_id: 1 } },
    });
    const after = await call('copper_search_leads', { ids: [lead.id] });
    expect(after.items).toEqual([]);
  });

  it('opportunities, tasks, activities, projects', async () => {
    const opps = await call('copper_search_opportunities', { pipeline_ids: [1], sort_by: 'value', sort_direction: 'desc' });
    expect(opps.items.every((o: any) => o.pipeline_id === 1)).toBe(true);
    const values = opps.items.map((o: any) => o.monetary_value ?? 0);
    expect(values).toEqual([...values].sort((a: number, b: number) => b - a));
    expect(opps.items.map((o: any) => o.id)).toEqual(expect.arrayContaining([701, 702]));
    const opp = await call('copper_create_opportunity', {
      name: 'Hooli deal',
      primary_contact_id: 1006,
      company_id: 106,
      pipeline_id: 1,
      close_date: '12/31/2026',
    });
    expect((await call('copper_update_opportunity', { id: opp.id, status: 'Won' })).status).toBe('Won');

    expect((await call('copper_search_tasks', { statuses: ['Open'] })).items.map((t: any) => t.id)).toEqual([800, 802]);
    const task = await call('copper_create_task', {
      name: 'Follow up',
      related_resource: { id: opp.id, type: 'opportunity' },
      due_date: 1798675200,
    });
    expect(task.related_resource).toEqual({ id: opp.id, type: 'opportunity' });

    const note = await call('copper_create_activity', {
      parent: { id: 1000, type: 'person' },
      type: { category: 'user', id: 0 },
      details: 'Called about renewal',
    });
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
    expect((await call('copper_list_custom_field_definitions')).items.map((f: any) => f.data_type)).toEqual([
      'Dropdown',
      'Date',
      'Float',
      'Connect',
    ]);
    expect((await call('copper_get_account')).settings.setting_enable_leads).toBe(true);
    expect((await call('copper_search_users')).items).toHaveLength(3);
    expect((await call('copper_get_current_user')).email).toBe('agent@sandbox.example');
  });

  it('the rest of the API: get and delete by id, projects, tasks, lookups', async () => {
    expect((await call('copper_get_lead', { id: 501 })).name).toBe('Sophie Wilson');
    expect((await call('copper_get_opportunity', { id: 701 })).name).toBe('Globex expansion');
    expect((await call('copper_get_task', { id: 800 })).status).toBe('Open');
    expect((await call('copper_get_activity', { id: 900 })).parent).toEqual({ id: 1000, type: 'person' });
    expect((await call('copper_get_user', { id: 2 })).name).toBe('Riley Rep');
    expect((await call('copper_get_webhook', { id: 17065 })).type).toBe('lead');
    expect((await call('copper_get_custom_field_definition', { id: 50 })).data_type).toBe('Dropdown');

    const project = await call('copper_create_project', { name: 'Data migration', status: 'Open', tags: ['ops'] });
    expect((await call('copper_get_project', { id: project.id })).name).toBe('Data migration');
    expect((await call('copper_update_project', { id: project.id, status: 'Completed' })).status).toBe('Completed');
    expect(await call('copper_delete_project', { id: project.id })).toEqual({ id: project.id, is_deleted: true });

    const task = await call('copper_create_task', { name: 'Draft contract' });
    expect((await call('copper_update_task', { id: task.id, status: 'Completed', priority: 'High' })).status).toBe('Completed');
    expect((await call('copper_delete_task', { id: task.id })).is_deleted).toBe(true);

    const note = await call('copper_create_activity', {
      parent: { id: 101, type: 'company' },
      type: { category: 'user', id: 0 },
      details: 'Temp',
    });
    expect((await call('copper_delete_activity', { id: note.id })).is_deleted).toBe(true);
    const lead = await call('copper_create_lead', { name: 'Temp Lead' });
    expect((await call('copper_delete_lead', { id: lead.id })).is_deleted).toBe(true);
    const company = await call('copper_create_company', { name: 'Temp Co' });
    expect((await call('copper_delete_company', { id: company.id })).is_deleted).toBe(true);
    const opp = await call('copper_create_opportunity', { name: 'Temp deal', primary_contact_id: 1000 });
    expect((await call('copper_delete_opportunity', { id: opp.id })).is_deleted).toBe(true);

    expect((await call('copper_list_lead_statuses')).items.map((s: any) => s.name)).toContain('Qualified');
    expect((await call('copper_list_customer_sources')).items.length).toBeGreaterThan(1);
    expect((await call('copper_list_contact_types')).items.length).toBeGreaterThan(1);
    expect((await call('copper_list_loss_reasons')).items.map((r: any) => r.name)).toContain('Price');
    const types = await call('copper_list_activity_types');
    expect(types.user.find((t: any) => t.id === 0).name).toBe('Note');
    expect((await call('copper_list_stages_in_pipeline', { pipeline_id: 2 })).items.map((s: any) => s.id)).toEqual([21, 22]);
    const hook = await call('copper_update_webhook', { id: 17065, target: 'https://hooks.sandbox.example/v2' });
    expect(hook.target).toBe('https://hooks.sandbox.example/v2');
  });

  it('per-record activity lists', async () => {
    expect((await call('copper_list_record_activities', { entity: 'people', id: 1000 })).items.map((a: any) => a.id)).toContain(900);
    expect((await call('copper_list_record_activities', { entity: 'companies', id: 100 })).items.map((a: any) => a.id)).toEqual([902]);
    expect((await call('copper_list_record_activities', { entity: 'leads', id: 500 })).items.map((a: any) => a.id)).toEqual([903]);
    expect((await call('copper_list_record_activities', { entity: 'opportunities', id: 701 })).items.map((a: any) => a.id)).toEqual([901]);
    expect(h.emulator.requests.at(-1)!).toMatchObject({ method: 'POST', path: '/opportunities/701/activities' });
    const gone = await h.call('copper_list_record_activities', { entity: 'people', id: 424242 });
    expect(gone.isError).toBe(true);
    expect(gone.text).toMatch(/404/);
    const types = await call('copper_search_activities', { activity_types: [{ id: 3, category: 'system' }] });
    expect(types.items.map((a: any) => a.id)).toEqual([901]);
  });

  it('related records: relate, list, unrelate round trip', async () => {
    const before = await call('copper_list_related_records', { entity: 'projects', id: 601 });
    expect(before.items).toEqual([]);
    expect(await call('copper_relate_records', { entity: 'projects', id: 601, resource: { id: 1003, type: 'person' } })).toEqual({
      added: true,
      resource: { id: 1003, type: 'person' },
    });
    expect((await call('copper_list_related_records', { entity: 'projects', id: 601 })).items).toEqual([{ id: 1003, type: 'person' }]);
    expect((await call('copper_list_related_records', { entity: 'people', id: 1003 })).items).toContainEqual({ id: 601, type: 'project' }); // both ways
    expect((await call('copper_unrelate_records', { entity: 'projects', id: 601, resource: { id: 1003, type: 'person' } })).removed).toBe(
      true,
    );
    const req = h.emulator.requests.at(-1)!;
    expect(req).toMatchObject({ method: 'DELETE', path: '/projects/601/related', body: { resource: { id: 1003, type: 'person' } } });
    expect((await call('copper_list_related_records', { entity: 'projects', id: 601 })).items).toEqual([]);
    const leadToCompany = await h.call('copper_relate_records', { entity: 'leads', id: 500, resource: { id: 100, type: 'company' } });
    expect(leadToCompany.isError).toBe(true); // leads relate only to tasks
  });

  it('activities: update a user activity; a system one is refused', async () => {
    const a = await call('copper_update_activity', { id: 900, details: 'Met at the Berlin meetup (edited)' });
    expect(a).toMatchObject({ id: 900, details: 'Met at the Berlin meetup (edited)' });
    expect(h.emulator.requests.at(-1)!).toMatchObject({
      method: 'PUT',
      path: '/activities/900',
      body: { details: 'Met at the Berlin meetup (edited)' },
    });
    const sys = await h.call('copper_update_activity', { id: 901, details: 'x' });
    expect(sys.isError).toBe(true);
    expect(sys.text).toMatch(/422/);
    expect((await h.call('copper_update_activity', { id: 900, type: { category: 'user', id: 1 } })).isError).toBe(true); // not an update field
  });

  it('custom field definitions: create', async () => {
    const dd = await call('copper_create_custom_field_definition', {
      name: 'Tier',
      data_type: 'Dropdown',
      available_on: ['company'],
      options: [{ name: 'Gold' }, { name: 'Silver' }],
    });
    expect(dd).toMatchObject({ name: 'Tier', data_type: 'Dropdown', available_on: ['company'], canonical_name: null });
    expect(dd.options.map((o: any) => [o.name, o.rank])).toEqual([
      ['Gold', 0],
      ['Silver', 1],
    ]);
    expect(dd.options[0].id).toBeTypeOf('number');
    expect(dd.date_created).toBeUndefined(); // definitions carry no timestamps
    expect(h.emulator.requests.at(-1)!.body).toEqual({
      name: 'Tier',
      data_type: 'Dropdown',
      available_on: ['company'],
      options: [{ name: 'Gold' }, { name: 'Silver' }],
    });
    const n = h.emulator.calls('copper_create_custom_field_definition').length;
    for (const args of [
      { data_type: 'String' }, // name missing
      { name: 'No options', data_type: 'Dropdown' },
      { name: 'One option', data_type: 'MultiSelect', options: [{ name: 'a' }] },
      { name: 'Bad type', data_type: 'Number' },
      { name: 'Money', data_type: 'Currency', currency: 'Euro' },
    ])
      expect((await h.call('copper_create_custom_field_definition', args)).isError, JSON.stringify(args)).toBe(true);
    expect(h.emulator.calls('copper_create_custom_field_definition')).toHaveLength(n);
    expect((await call('copper_get_custom_field_definition', { id: dd.id })).options).toHaveLength(2);
  });

  it('custom field definitions: update, delete', async () => {
    const dd = await call('copper_create_custom_field_definition', { name: 'Tier', data_type: 'Dropdown', options: [{ name: 'Gold' }] });
    const up = await call('copper_update_custom_field_definition', {
      id: dd.id,
      name: 'Customer tier',
      options: [{ name: 'Gold' }, { name: 'Silver' }, { name: 'Bronze' }],
    });
    expect(up).toMatchObject({ id: dd.id, name: 'Customer tier', data_type: 'Dropdown' });
    expect(up.options.map((o: any) => o.name)).toEqual(['Gold', 'Silver', 'Bronze']);
    expect(h.emulator.requests.at(-1)!).toMatchObject({ method: 'PUT', path: `/custom_field_definitions/${dd.id}` });
    for (const args of [
      { id: dd.id, data_type: 'Number' },
      { id: dd.id, available_on: ['deal'] },
      { id: dd.id, options: [{ label: 'x' }] },
    ]) {
      expect((await h.call('copper_update_custom_field_definition', args)).isError, JSON.stringify(args)).toBe(true);
    }
    expect(await call('copper_delete_custom_field_definition', { id: dd.id })).toEqual({ id: dd.id, is_deleted: true });
    expect((await h.call('copper_get_custom_field_definition', { id: dd.id })).isError).toBe(true);
  });

  it('connect-field links: list, create, delete', async () => {
    const mine = await call('copper_list_connections', { custom_field_definition_id: 53, source_type: 'people', source_id: 1000 });
    expect(mine.items.map((c: any) => c.id)).toEqual([375, 376]);
    const req = h.emulator.requests.at(-1)!;
    expect(req).toMatchObject({ method: 'GET', path: '/related_links' });
    expect(req.query).toMatchObject({ custom_field_definition_id: '53', source_type: 'people', source_id: '1000' });
    const link = await call('copper_create_connection', {
      custom_field_definition_id: 53,
      source: { id: 1003, entity_type: 'people' },
      target: { id: 1, entity_type: 'user' },
    });
    expect(link).toMatchObject({
      custom_field_definition_id: 53,
      source: { id: 1003, entity_type: 'people' },
      target: { id: 1, entity_type: 'user', name: 'Sam Agent' },
    });
    expect(h.emulator.requests.at(-1)!.body).toEqual({
      custom_field_definition_id: 53,
      source: { id: 1003, entity_type: 'people' },
      target: { id: 1, entity_type: 'user' },
    });
    expect(
      (await call('copper_list_connections', { custom_field_definition_id: 53, source_type: 'people', source_id: 1003 })).items.map(
        (c: any) => c.id,
      ),
    ).toEqual([link.id]);
    const n = h.emulator.calls('copper_create_connection').length;
    for (const args of [
      { custom_field_definition_id: 53, source: { id: 1003, entity_type: 'people' } }, // no target
      { custom_field_definition_id: 53, source: { id: 1003, entity_type: 'person' }, target: { id: 1, entity_type: 'user' } },
      { custom_field_definition_id: 53, source: { id: 1003, entity_type: 'people' }, target: { id: 1, type: 'user' } },
    ])
      expect((await h.call('copper_create_connection', args)).isError, JSON.stringify(args)).toBe(true);
    expect(h.emulator.calls('copper_create_connection')).toHaveLength(n);
    expect(
      (
        await h.call('copper_create_connection', {
          custom_field_definition_id: 50,
          source: { id: 1003, entity_type: 'people' },
          target: { id: 1, entity_type: 'user' },
        })
      ).isError,
    ).toBe(true); // not a Connect field
    expect((await h.call('copper_list_connections', { custom_field_definition_id: 53, source_type: 'people' })).isError).toBe(true); // all three required
    expect(await call('copper_delete_connection', { id: link.id })).toEqual({ ids: [link.id], is_deleted: true });
    expect(h.emulator.requests.at(-1)!).toMatchObject({ method: 'DELETE', path: `/related_links/${link.id}` });
  });

  it('upsert lead: creates when nothing matches, then updates the match', async () => {
    const created = await call('copper_upsert_lead', {
      properties: { name: 'Radia Upsert', email: { email: 'radia@upsert.example' } },
      match: { field_name: 'email', field_value: 'radia@upsert.example' },
    });
    expect(created.id).toBeTypeOf('number');
    const updated = await call('copper_upsert_lead', {
      properties: { status: 'Qualified' },
      match: { field_name: 'email', field_value: 'radia@upsert.example' },
    });
    expect(updated).toMatchObject({ id: created.id, name: 'Radia Upsert', status: 'Qualified' });
    expect(h.emulator.requests.at(-1)!).toMatchObject({ method: 'PUT', path: '/leads/upsert' });
    const bad = await h.call('copper_upsert_lead', { properties: { nmae: 'x' }, match: { field_name: 'name', field_value: 'x' } });
    expect(bad.isError).toBe(true);
  });

  it('bulk endpoints: one request each, per-item answers, the 3/s bulk bucket', async () => {
    const n = h.emulator.requests.length;
    const people = await call('copper_bulk_create_people', {
      people: [
        { name: 'Bulk One', emails: [{ email: 'b1@bulk.example' }] },
        { name: 'Dup', emails: [{ email: 'ada.0@acmecorp.example' }] },
      ],
    });
    expect(people[0]).toMatchObject({ name: 'Bulk One' });
    expect(people[1].success).toBe(false); // the email is taken
    const upd = await call('copper_bulk_update_people', { people: [{ id: people[0].id, title: 'Bulk tester' }] });
    expect(upd[0].title).toBe('Bulk tester');
    const cos = await call('copper_bulk_create_companies', { companies: [{ name: 'Bulk Co', email_domain: 'bulkco.example' }] });
    expect((await call('copper_bulk_update_companies', { companies: [{ id: cos[0].id, details: 'x' }] }))[0].details).toBe('x');
    const leads = await call('copper_bulk_create_leads', { leads: [{ name: 'Bulk Lead A' }, { name: 'Bulk Lead B' }] });
    expect(leads).toHaveLength(2);
    expect((await call('copper_bulk_update_leads', { leads: [{ id: leads[1].id, status: 'Contacted' }] }))[0].status).toBe('Contacted');
    expect(
      (await call('copper_bulk_create_opportunities', { opportunities: [{ name: 'Bulk deal', primary_contact_id: 1000 }] }))[0].name,
    ).toBe('Bulk deal');
    expect(
      (
        await call('copper_bulk_create_activities', {
          activities: [{ parent: { id: 1000, type: 'person' }, type: { category: 'user', id: 0 }, details: 'Bulk note' }],
        })
      )[0].details,
    ).toBe('Bulk note');
    const bulkCalls = h.emulator.requests.slice(n);
    expect(bulkCalls).toHaveLength(8);
    expect(bulkCalls.map((r) => r.path)).toContain('/people/bulk_create');
    expect(h.emulator.requests.at(-1)!.body).toEqual({
      activities: [{ parent: { id: 1000, type: 'person' }, type: { category: 'user', id: 0 }, details: 'Bulk note' }],
    });
    // The bulk bucket: 3 per second, so 8 bulk calls span at least 2 seconds of starts.
    const span = bulkCalls.at(-1)!.at - bulkCalls[0].at;
    expect(span).toBeGreaterThanOrEqual(1500);
    // Items are checked against the single create's schema (11 items, a missing name, an unknown field).
    const n2 = h.emulator.requests.length;
    for (const people of [Array.from({ length: 11 }, (_, i) => ({ name: `P${i}` })), [{ emails: [] }], [{ name: 'x', nmae: 'y' }]]) {
      expect((await h.call('copper_bulk_create_people', { people })).isError).toBe(true);
    }
    expect(h.emulator.requests.length).toBe(n2);
  });

  it('required fields are refused before anything is sent', async () => {
    const cases: [string, Record<string, unknown>][] = [
      ['copper_create_opportunity', { name: 'No contact' }],
      ['copper_create_opportunity', { primary_contact_id: 1000 }],
      ['copper_create_person', { emails: [{ email: 'x@y.example' }] }],
      ['copper_create_company', { email_domain: 'x.example' }],
      ['copper_create_lead', { title: 'CTO' }],
      ['copper_create_task', { details: 'x' }],
      ['copper_create_project', { tags: ['x'] }],
      ['copper_create_activity', { parent: { id: 1000, type: 'person' }, details: 'no type' }],
      ['copper_create_webhook', { target: 'https://x.example/h', type: 'lead' }],
    ];
    for (const [tool, args] of cases) {
      const before = h.emulator.calls(tool).length;
      const r = await h.call(tool, args);
      expect(r.isError, `${tool} ${JSON.stringify(args)}`).toBe(true);
      expect(h.emulator.calls(tool)).toHaveLength(before);
    }
  });

  it('update tools list their fields; a wrong field name is refused', async () => {
    const { tools } = await h.client.listTools();
    const upd = tools.find((t) => t.name === 'copper_update_opportunity')!;
    const props = upd.inputSchema.properties as Record<string, { description?: string }>;
    for (const f of ['pipeline_stage_id', 'status', 'monetary_value', 'close_date', 'custom_fields'])
      expect(props[f]?.description, f).toBeTruthy();
    const r = await h.call('copper_update_opportunity', { id: 701, stage_id: 12 });
    expect(r.isError).toBe(true);
    expect(h.emulator.calls('copper_update_opportunity').filter((c) => (c.body as any)?.stage_id !== undefined)).toHaveLength(0);
    const moved = await call('copper_update_opportunity', { id: 701, pipeline_stage_id: 13 });
    expect(moved.pipeline_stage_id).toBe(13);
    const badField = await h.call('copper_update_person', { id: 1000, emails: [{ emial: 'x@y.example' }] });
    expect(badField.isError).toBe(true);
    for (const t of tools.filter((x) => x.name.startsWith('copper_update_'))) {
      for (const [k, v] of Object.entries(t.inputSchema.properties as Record<string, any>))
        expect(v.description, `${t.name}.${k}`).toBeTruthy();
    }
  });

  it('descriptions hold: a taken email or domain fails; email_domains skips a company without one', async () => {
    const dup = await h.call('copper_create_person', { name: 'Ada Again', emails: [{ email: 'ADA.0@acmecorp.example' }] });
    expect(dup.isError).toBe(true);
    expect(dup.text).toMatch(/422/);
    expect((await h.call('copper_create_company', { name: 'Acme 2', email_domain: 'acmecorp.example' })).isError).toBe(true);
    const byDomain = await call('copper_search_companies', { email_domains: 'globex.example' });
    expect(byDomain.items.map((c: any) => c.name)).toEqual(['Globex']);
    const noOwner = await call('copper_search_people', { assignee_ids: [-2] });
    expect(noOwner.items.every((p: any) => p.assignee_id === undefined)).toBe(true);
    expect(noOwner.items.length).toBeGreaterThan(0);
    const won = await call('copper_search_opportunities', { status_ids: [1] });
    expect(won.items.length).toBeGreaterThan(0);
    expect(won.items.every((o: any) => o.status === 'Won')).toBe(true);
    const cf = await call('copper_update_company', {
      id: 102,
      custom_fields: [
        { custom_field_definition_id: 50, value: 1 },
        { custom_field_definition_id: 51, value: ['a', 2] },
      ],
    });
    expect(cf.custom_fields).toHaveLength(2);
  });

  it('created records look like seeded ones (integer ids, Unix date_created/date_modified)', async () => {
    const seeded = await call('copper_get_person', { id: 1000 });
    const made = await call('copper_create_person', { name: 'Shape Check' });
    expect(typeof made.id).toBe(typeof seeded.id);
    expect(made.id).toBeGreaterThan(1035);
    for (const f of ['date_created', 'date_modified']) {
      expect(made[f]).toBeTypeOf('number');
      expect(String(made[f])).toHaveLength(String(seeded[f]).length);
    }
  });

  it('webhooks: create (https only), list, delete', async () => {
    const bad = await h.call('copper_create_webhook', { target: 'http://insecure.example/hook', type: 'person', event: 'new' });
    expect(bad.isError).toBe(true);
    expect(h.emulator.calls('copper_create_webhook')).toHaveLength(0);
    const hook = await call('copper_create_webhook', {
      target: 'https://hooks.example/p',
      type: 'person',
      event: 'update',
      secret: { token: 'abc' },
    });
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
    } finally {
      await h.close();
    }
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
    } finally {
      await h.close();
    }
  });
});
