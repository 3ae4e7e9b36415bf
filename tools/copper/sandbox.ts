// Copper sandbox: the emulator's definition (ids, timestamps, error body) and the routes the generic
// store cannot infer. Data lives in seed.ts; filtering and sorting come from the declarations.
import type { SandboxDefinition, SandboxKit, SandboxRequest, SandboxRoute, SandboxStore } from '../../src/declaration.js';
import { seed } from './seed.js';

type Rec = Record<string, any>;
type Ref = { id: number; type: string };

const same = (a: unknown, b: unknown) => !!a && !!b && Object.entries(b as Rec).every(([k, v]) => String((a as Rec)[k]) === String(v));
const emailsOf = (p: Rec): string[] => (p.emails ?? []).map((e: Rec) => String(e.email).toLowerCase());

/** 422 in Copper's validation shape (catalog §4.3); the exact message for duplicates is UNCONFIRMED. */
const invalid = (kit: SandboxKit, message: string) => kit.error(422, message, 'unprocessable');

/** A taken unique key (person email, company email domain), or undefined. */
function taken(store: SandboxStore, collection: string, item: Rec, except?: unknown): string | undefined {
  const others = store.collection(collection).filter((r) => r.id !== except);
  if (collection === 'person') {
    const mine = emailsOf(item);
    const dup = mine.find((e) => others.some((r) => emailsOf(r).includes(e)));
    return dup && `Email ${dup} is already taken`;
  }
  if (collection === 'company' && item.email_domain) {
    const d = String(item.email_domain).toLowerCase();
    return others.some((r) => String(r.email_domain ?? '').toLowerCase() === d) ? `Email domain ${d} is already taken` : undefined;
  }
  return undefined;
}

const createUnique =
  (collection: string): SandboxRoute =>
  (req, store, kit) => {
    const dup = taken(store, collection, req.args);
    return dup ? invalid(kit, dup) : kit.ok(kit.create(collection, req.args));
  };

/** The bulk endpoints: per-item results in request order, `{success: false, …}` for a failed item. */
const bulk =
  (verb: 'create' | 'update', key: string, collection: string): SandboxRoute =>
  (req, store, kit) => {
    const items = (req.body?.[key] ?? []) as Rec[];
    if (items.length > 10) return kit.error(422, 'Request size too large, limit is 10');
    return {
      status: 200,
      body: items.map((item) => {
        if (verb === 'create') {
          const dup = taken(store, collection, item);
          return dup
            ? { success: false, message: { [collection === 'person' ? 'emails' : 'email_domain']: [{ error: dup }] } }
            : kit.create(collection, item);
        }
        const r = kit.find(collection, item.id);
        if (!r) return { success: false, message: 'Resource not found', id: item.id };
        const dup = taken(store, collection, item, r.id);
        if (dup) return { success: false, message: { emails: [{ error: dup }] }, id: item.id };
        Object.assign(r, item, { date_modified: kit.now() });
        return r;
      }),
    };
  };

const recordActivities: SandboxRoute = (req, store, kit) => {
  const type = singular[req.params.entity];
  if (!kit.find(type, req.params.id)) return kit.notFound(`${type} ${req.params.id}`);
  const mine = store.collection('activity').filter((a) => a.parent?.type === type && String(a.parent?.id) === req.params.id);
  return kit.page(kit.filter(mine));
};

// Related Items: path entities (plural) and record types (singular); allowed pairs per related-items/overview.md.
const singular: Rec = {
  leads: 'lead',
  people: 'person',
  companies: 'company',
  opportunities: 'opportunity',
  projects: 'project',
  tasks: 'task',
};
const allowed: Record<string, string[]> = {
  lead: ['task'],
  person: ['company', 'opportunity', 'task', 'project'],
  company: ['opportunity', 'person', 'task', 'project'],
  opportunity: ['company', 'person', 'task', 'project'],
  project: ['company', 'person', 'opportunity', 'task'],
  task: ['company', 'person', 'opportunity', 'lead', 'project'],
};
const relatedTo = (store: SandboxStore, me: Ref): Ref[] =>
  store.collection('relation').flatMap((r) => (same(r.source, me) ? [r.target] : same(r.target, me) ? [r.source] : []));
const subject = (req: SandboxRequest, kit: SandboxKit): Ref | SandboxResultLike => {
  const type = singular[req.params.entity];
  if (!type || !kit.find(type, req.params.id)) return kit.notFound(`${type ?? req.params.entity} ${req.params.id}`);
  return { id: Number(req.params.id), type };
};
type SandboxResultLike = ReturnType<SandboxKit['notFound']>;
const isResult = (v: unknown): v is SandboxResultLike => !!v && typeof v === 'object' && 'status' in v;

// Custom field definitions and activity types carry no timestamps; options get ids and ranks in order.
const withOptions = (store: SandboxStore, fields: Rec): Rec =>
  fields.options
    ? { ...fields, options: (fields.options as Rec[]).map((o, rank) => ({ id: store.nextId(), name: o.name, rank })) }
    : fields;
const updateBare =
  (collection: string, shape: (store: SandboxStore, f: Rec) => Rec = (_s, f) => f): SandboxRoute =>
  (req, store, kit) => {
    const r = kit.find(collection, req.params.id);
    if (!r) return kit.notFound(`${collection} ${req.params.id}`);
    const { id: _id, ...fields } = req.args;
    return kit.ok(Object.assign(r, shape(store, fields)));
  };

// Connect-field ends: the docs' entity types and the collections they name; an end answers with its name.
const linkCollection: Rec = {
  people: 'person',
  opportunity: 'opportunity',
  lead: 'lead',
  organization: 'company',
  project: 'project',
  user: 'user',
};

const sandbox: SandboxDefinition = {
  idType: 'int',
  timestamps: { created: 'date_created', modified: 'date_modified', format: 'unix' },
  deletedBody: (r) => ({ id: r.id, is_deleted: true }),
  errorBody: (status, message) => ({ success: false, status, message }),
  seed,
  examples: {
    copper_list_record_activities: { entity: 'people', id: 1000 },
    copper_list_related_records: { entity: 'companies', id: 100 },
    copper_list_connections: { custom_field_definition_id: 53, source_type: 'people', source_id: 1000 },
    copper_list_stages_in_pipeline: { pipeline_id: 1 },
  },
  routes: {
    copper_fetch_person_by_email: (req, store, kit) => {
      const email = String(req.args.email ?? '').toLowerCase();
      const p = store.collection('person').find((r) => emailsOf(r).includes(email));
      return p ? kit.ok(p) : kit.notFound('Resource');
    },
    copper_get_current_user: (_req, store, kit) => kit.ok(store.collection('user')[0]),
    copper_create_person: createUnique('person'),
    copper_create_company: createUnique('company'),
    copper_list_record_activities: recordActivities,
    copper_upsert_lead: (req, store, kit) => {
      const { properties = {}, match = {} } = (req.body ?? {}) as Rec;
      const want = match.field_value;
      const hits = store
        .collection('lead')
        .filter((l) =>
          match.field_name === 'email'
            ? String(l.email?.email ?? '').toLowerCase() === String(want).toLowerCase()
            : match.field_name === 'name'
              ? String(l.name).toLowerCase() === String(want).toLowerCase()
              : (l.custom_fields ?? []).some(
                  (c: Rec) => c.custom_field_definition_id === want?.custom_field_definition_id && String(c.value) === String(want?.value),
                ),
        );
      if (hits.length > 1)
        return {
          status: 422,
          body: {
            success: false,
            status: 422,
            message: 'More than one lead matches',
            ...(hits.length <= 30 ? { ids: hits.map((h) => h.id) } : {}),
          },
        };
      if (hits.length === 1) return kit.ok(Object.assign(hits[0], properties, { date_modified: kit.now() }));
      return properties.name ? kit.ok(kit.create('lead', properties)) : invalid(kit, 'name is required to create a lead');
    },
    copper_convert_lead: (req, store, kit) => {
      const lead = kit.find('lead', req.params.id);
      if (!lead) return kit.notFound(`lead ${req.params.id}`);
      const d = (req.body?.details ?? {}) as Rec;
      let company: Rec | null = null;
      if (d.company?.id) company = kit.find('company', d.company.id) ?? null;
      else if (d.company?.name !== '' && (d.company?.name ?? lead.company_name)) {
        const name = d.company?.name ?? lead.company_name;
        company = store.collection('company').find((c) => c.name.toLowerCase() === name.toLowerCase()) ?? kit.create('company', { name });
      }
      const person = kit.create('person', {
        name: d.person?.name ?? lead.name,
        emails: lead.email ? [lead.email] : [],
        assignee_id: d.person?.assignee_id ?? lead.assignee_id,
        ...(company ? { company_id: company.id, company_name: company.name } : {}),
      });
      const opportunity = d.opportunity
        ? kit.create('opportunity', { status: 'Open', primary_contact_id: person.id, company_id: company?.id, ...d.opportunity })
        : null;
      const leads = store.collection('lead');
      leads.splice(leads.indexOf(lead), 1); // converting removes the lead
      return { status: 200, body: { person, company, opportunity } };
    },
    copper_bulk_create_people: bulk('create', 'people', 'person'),
    copper_bulk_update_people: bulk('update', 'people', 'person'),
    copper_bulk_create_companies: bulk('create', 'companies', 'company'),
    copper_bulk_update_companies: bulk('update', 'companies', 'company'),
    copper_bulk_create_leads: bulk('create', 'leads', 'lead'),
    copper_bulk_update_leads: bulk('update', 'leads', 'lead'),
    copper_bulk_create_opportunities: bulk('create', 'opportunities', 'opportunity'),
    copper_bulk_create_activities: bulk('create', 'activities', 'activity'),
    copper_list_related_records: (req, store, kit) => {
      const me = subject(req, kit);
      return isResult(me) ? me : kit.page(relatedTo(store, me));
    },
    copper_create_custom_field_definition: (req, store, kit) =>
      kit.ok(kit.create('custom_field', withOptions(store, { canonical_name: null, ...req.args }), { timestamps: false })),
    copper_update_custom_field_definition: updateBare('custom_field', withOptions),
    copper_update_activity: (req, store, kit) => {
      const a = kit.find('activity', req.params.id);
      if (!a) return kit.notFound(`activity ${req.params.id}`);
      if (a.type?.category !== 'user') return invalid(kit, 'System activities cannot be modified');
      const { id: _id, ...fields } = req.args;
      return kit.ok(Object.assign(a, fields, { date_modified: kit.now() }));
    },
    copper_create_connection: (req, store, kit) => {
      const ends: Rec = {};
      for (const k of ['source', 'target']) {
        const end = req.args[k] as Rec;
        const r = kit.find(linkCollection[end.entity_type], end.id);
        if (!r) return kit.notFound(`${end.entity_type} ${end.id}`);
        ends[k] = { id: end.id, entity_type: end.entity_type, name: r.name };
      }
      const field = kit.find('custom_field', req.args.custom_field_definition_id);
      if (field?.data_type !== 'Connect') return invalid(kit, `custom field ${req.args.custom_field_definition_id} is not a Connect field`);
      return kit.ok(kit.create('connection', { custom_field_definition_id: field.id, ...ends }, { timestamps: false }));
    },
    // The docs answer {ids: [...], is_deleted: true} (custom-fields/connect-fields/delete-a-connection.md).
    copper_delete_connection: (req, store, kit) => {
      const all = store.collection('connection');
      const i = all.findIndex((c) => String(c.id) === req.params.id);
      if (i < 0) return kit.notFound(`connection ${req.params.id}`);
      all.splice(i, 1);
      return kit.ok({ ids: [Number(req.params.id)], is_deleted: true });
    },
    copper_relate_records: (req, store, kit) => {
      const me = subject(req, kit);
      if (isResult(me)) return me;
      const other = req.body?.resource as Ref;
      if (!kit.find(other.type, other.id)) return kit.notFound(`${other.type} ${other.id}`);
      if (!allowed[me.type]?.includes(other.type)) return invalid(kit, `A ${me.type} cannot be related to a ${other.type}`);
      if (!relatedTo(store, me).some((r) => same(r, other)))
        store.collection('relation').push({ id: store.nextId(), source: me, target: { id: other.id, type: other.type } });
      return kit.ok({ added: true, resource: other });
    },
    copper_unrelate_records: (req, store, kit) => {
      const me = subject(req, kit);
      if (isResult(me)) return me;
      const other = req.body?.resource as Ref;
      const all = store.collection('relation');
      const i = all.findIndex((r) => (same(r.source, me) && same(r.target, other)) || (same(r.target, me) && same(r.source, other)));
      if (i < 0) return kit.notFound(`relation to ${other.type} ${other.id}`);
      all.splice(i, 1);
      return kit.ok({ removed: true, resource: other });
    },
  },
};

export default sandbox;
