// DailyBot sandbox: the SandboxDefinition (UUID ids, ISO `created_at`/`updated_at` stamps, `{detail, code}`
// errors, empty 204 deletes) and the routes the generic emulator cannot infer — records keyed by another
// field than `uuid`, path-scoped lists, scope arguments no FilterSpec states, bare-array lists, sends.
import type { SandboxDefinition, SandboxKit, SandboxRequest, SandboxResult, SandboxRoute, SandboxStore } from '../../src/declaration.js';
import { daysAgo, emailOf, EVENTS, me, ORG, ref, seed, transitions, uid } from './seed.js';

type Rec = Record<string, any>;

const today = () => new Date().toISOString().slice(0, 10);
const created = (body: unknown): SandboxResult => ({ status: 201, body });
const noContent: SandboxResult = { status: 204, body: undefined };

/**
 * kit.find keys by the API's id field (`uuid`); check-ins, form responses, kudos, invitations and templates
 * are keyed by `id`, memberships by a pair: those are looked up here by the field they carry.
 */
const lookup = (store: SandboxStore, coll: string, key: string, value: unknown, also?: [string, unknown]) =>
  store.collection(coll).find((r) => String(r[key]) === String(value) && (!also || String(r[also[0]]) === String(also[1])));

/** GET by a path parameter matched against `key`, answering the API's error code when absent. */
const getBy =
  (coll: string, what: string, key = 'id', param = 'id', code?: string): SandboxRoute =>
  (req, store, kit) => {
    const r = lookup(store, coll, key, req.params[param]);
    return r ? kit.ok(r) : code ? kit.error(404, `${what} not found.`, code) : kit.notFound(what);
  };
/** DELETE answering 204 with no body, as DailyBot does. */
const removeBy =
  (coll: string, what: string, key = 'uuid', param = 'uuid', parent?: [string, string]): SandboxRoute =>
  (req, store, kit) => {
    const list = store.collection(coll);
    const i = list.findIndex((r) => String(r[key]) === req.params[param] && (!parent || String(r[parent[0]]) === req.params[parent[1]]));
    if (i < 0) return kit.notFound(what);
    list.splice(i, 1);
    return noContent;
  };
/** A new record with a UUID under `idKey` and only a `created_at` stamp (DailyBot's usual record). */
const add = (kit: SandboxKit, coll: string, fields: Rec, idKey = 'uuid'): Rec => {
  const r = kit.create(coll, fields);
  delete r.updated_at;
  if (idKey !== 'uuid') {
    r[idKey] = r.uuid;
    delete r.uuid;
  }
  return r;
};
const formResponse = (req: SandboxRequest, store: SandboxStore) =>
  lookup(store, 'form_response', 'id', req.params.response_uuid, ['form_uuid', req.params.form_uuid]);
const usersKnown = (store: SandboxStore, kit: SandboxKit, ids: unknown) => Array.isArray(ids) && ids.every((u) => kit.find('user', u));
/** The team membership a request names, or the error to answer with. */
const membership = (req: SandboxRequest, store: SandboxStore, kit: SandboxKit): { m?: Rec; error?: SandboxResult } => {
  if (!kit.find('team', req.params.team_uuid)) return { error: kit.error(404, 'Team not found.', 'no_valid_team') };
  const m = lookup(store, 'team_member', 'team_uuid', req.params.team_uuid, ['user_uuid', req.params.user_uuid]);
  return m ? { m } : { error: kit.error(404, 'The user is not a member of this team.', 'not_found') };
};
/** A check-in's responses, any route (current or legacy /followups/). */
const checkinResponses: SandboxRoute = (req, store, kit) => {
  if (!lookup(store, 'checkin', 'id', req.params.checkin_uuid)) return kit.notFound('Check-in');
  return kit.page(kit.filter(store.collection('checkin_response').filter((r) => r.checkin_uuid === req.params.checkin_uuid)));
};
/** A new workflow owned by the key owner, from the given fields (null without a name). */
const newWorkflow = (kit: SandboxKit, b: Rec): Rec | null =>
  b.name
    ? kit.create('workflow', {
        description: '',
        trigger_type: 'manual',
        active: true,
        visible: true,
        action_summary: '',
        metadata: {},
        ...b,
        owner: ref(me),
        user_can_update: true,
        user_can_delete: true,
        total_runs: 0,
        last_run_at: null,
      })
    : null;

/** Kinds of the seed's UUIDs (`uid(kind, n)`), so a created record's id reads like its collection's. */
const KIND: Record<string, number> = {
  user: 1,
  team: 2,
  checkin: 3,
  checkin_response: 5,
  form: 6,
  form_response: 8,
  webhook: 13,
  workflow: 14,
  agent_report: 15,
  important_date: 12,
};

const sandbox: SandboxDefinition = {
  seed,
  idType: 'string',
  idField: 'uuid',
  newId: (seq, collection) => uid(KIND[collection] ?? 0, seq),
  timestamps: { created: 'created_at', modified: 'updated_at', format: 'iso' },
  errorBody: (_status, message, code) => ({ detail: message, code }),
  deletedBody: () => undefined, // DailyBot answers a delete with an empty body (the routes send 204)
  // Walking the lists' filters: the path scopes, and the response lists over a week (they default to today).
  examples: {
    dailybot_list_checkin_responses: { checkin_uuid: uid(3, 1), date_start: daysAgo(7), date_end: daysAgo(0) },
    dailybot_list_followup_responses: { checkin_uuid: uid(3, 1), date_start: daysAgo(7), date_end: daysAgo(0) },
    dailybot_list_form_responses: { form_uuid: uid(6, 1), all: true },
    dailybot_list_team_members: { team_uuid: uid(2, 1) },
    dailybot_list_workflow_logs: { workflow_uuid: uid(14, 2) },
    dailybot_list_important_dates: { uuid: me.uuid },
    dailybot_list_templates: { type: 'checkins' },
  },
  routes: {
    dailybot_get_me: (req, store, kit) => {
      const m = { ...store.singleton('me') };
      if (req.query.include_email === 'true') m.email = emailOf(m);
      return kit.ok(m);
    },
    dailybot_get_user: (req, store, kit) => {
      const u = kit.find('user', req.params.uuid);
      if (!u) return kit.error(404, 'User not found.', 'user_does_not_exists');
      return kit.ok(req.query.include_email === 'true' ? { ...u, email: emailOf(u) } : u);
    },
    dailybot_update_user: (req, store, kit) => {
      const u = kit.find('user', req.params.uuid);
      if (!u) return kit.error(404, 'User not found.', 'user_does_not_exists');
      Object.assign(u, req.body ?? {});
      return kit.ok(undefined); // the documented answer has no body
    },
    dailybot_invite_users: (req, store, kit) => {
      const ids: string[] = req.body?.users_identifiers ?? [];
      const members = ids.filter((x) => store.collection('user').some((u) => emailOf(u) === x));
      const invited = ids.filter((x) => !members.includes(x));
      const guest = !!req.body?.is_guest_account_invite;
      const coll = guest ? 'guest_invitation' : 'invitation';
      for (const x of invited) {
        const ids = [...store.collection('invitation'), ...store.collection('guest_invitation')].map((i) => i.id);
        store.collection(coll).push({
          id: Math.max(...ids) + 1,
          is_guest: guest,
          [x.includes('@') ? 'email' : 'external_id']: x,
          status: 'pending',
          invited_by: ref(me),
          created_at: kit.now(),
        });
      }
      return kit.ok({ dailybot_members: { count: members.length, members }, users_invited: { count: invited.length, members: invited } });
    },
    dailybot_list_invitations: (req, store, kit) =>
      kit.page(kit.filter([...store.collection('invitation'), ...store.collection('guest_invitation')])),
    dailybot_get_pending_invitation: getBy('invitation', 'Invitation'),
    dailybot_get_guest_invitation: getBy('guest_invitation', 'Guest invitation'),
    dailybot_cancel_pending_invitation: removeBy('invitation', 'Invitation', 'id', 'id'),
    dailybot_cancel_guest_invitation: removeBy('guest_invitation', 'Guest invitation', 'id', 'id'),
    dailybot_list_team_members: (req, store, kit) => {
      if (!kit.find('team', req.params.team_uuid)) return kit.error(404, 'Team not found.', 'no_valid_team');
      const ids = store
        .collection('team_member')
        .filter((m) => m.team_uuid === req.params.team_uuid)
        .map((m) => m.user_uuid);
      return kit.ok(store.collection('user').filter((u) => ids.includes(u.uuid))); // a bare array [V3]
    },
    dailybot_add_team_members: (req, store, kit) => {
      if (!kit.find('team', req.params.team_uuid)) return kit.error(404, 'Team not found.', 'no_valid_team');
      const members: { uuid: string }[] = req.body?.members ?? [];
      if (
        !usersKnown(
          store,
          kit,
          members.map((m) => m.uuid),
        )
      )
        return kit.error(400, 'One or more users were not found.', 'one_or_more_users_not_found');
      for (const m of members) {
        if (!lookup(store, 'team_member', 'team_uuid', req.params.team_uuid, ['user_uuid', m.uuid]))
          store.collection('team_member').push({ team_uuid: req.params.team_uuid, user_uuid: m.uuid, is_manager: false });
      }
      return kit.ok(undefined); // 200, no body
    },
    dailybot_get_team_member: (req, store, kit) => {
      const { m, error } = membership(req, store, kit);
      return error ?? kit.ok(m);
    },
    dailybot_update_team_member: (req, store, kit) => {
      const { m, error } = membership(req, store, kit);
      if (error) return error;
      const { team_uuid: _t, user_uuid: _u, ...changes } = req.body ?? {};
      Object.assign(m!, changes);
      return kit.ok(m);
    },
    dailybot_remove_team_member: removeBy('team_member', 'Team member', 'user_uuid', 'user_uuid', ['team_uuid', 'team_uuid']),
    dailybot_create_checkin: (req, store, kit) => {
      const b = req.body ?? {};
      if (!b.name) return kit.error(400, 'name: This field is required.', 'params_validation_error');
      const c = kit.create('checkin', {
        active: true,
        can_be_edited: true,
        frequency_type: 'weekly',
        frequency: 1,
        frequency_on_days: [1, 2, 3, 4, 5],
        is_anonymous: false,
        questions: [],
        ...b,
      });
      c.id = c.uuid; // check-ins carry their UUID as `id` [V3]
      delete c.uuid;
      return created(c);
    },
    dailybot_get_checkin: getBy('checkin', 'Check-in', 'id', 'uuid'),
    dailybot_update_checkin: (req, store, kit) => {
      const c = lookup(store, 'checkin', 'id', req.params.uuid);
      if (!c) return kit.notFound('Check-in');
      const { id: _id, ...changes } = req.body ?? {};
      Object.assign(c, changes, { updated_at: kit.now() });
      return kit.ok(c);
    },
    dailybot_delete_checkin: removeBy('checkin', 'Check-in', 'id', 'uuid'),
    dailybot_list_checkin_responses: checkinResponses,
    dailybot_list_followup_responses: checkinResponses,
    dailybot_create_checkin_response: (req, store, kit) => {
      const c = lookup(store, 'checkin', 'id', req.params.checkin_uuid);
      if (!c) return kit.notFound('Check-in');
      const date = req.body?.response_date ?? today();
      if (date > today()) return kit.error(400, 'Responses for future dates are not allowed.', 'future_responses_are_not_allowed');
      const r = add(kit, 'checkin_response', {
        checkin_uuid: c.id,
        user: ref(me),
        response_date: date,
        responses: req.body?.responses ?? [],
        is_completed: true,
      });
      return created({ uuid: r.uuid });
    },
    dailybot_send_checkin_reminders: (req, store, kit) => {
      const c = lookup(store, 'checkin', 'id', req.params.uuid);
      if (!c) return kit.notFound('Check-in');
      if (!c.active) return kit.error(400, 'The check-in is not active.', 'params_validation_error');
      return kit.ok({ detail: 'Reminders sent.' });
    },
    dailybot_get_template: getBy('template', 'Template'),
    dailybot_list_forms: (req, store, kit) => {
      const forms = kit.filter(store.collection('form').filter((f) => req.query.include_archived === 'true' || !f.is_archived));
      return kit.page(req.query.include === 'questions' ? forms : forms.map(({ questions: _q, ...f }) => f));
    },
    dailybot_list_form_responses: (req, store, kit) => {
      const f = kit.find('form', req.params.form_uuid);
      if (!f) return kit.error(404, 'Form not found.', 'form_does_not_exists');
      if (req.query.state && !f.workflow_states.length) return kit.error(400, 'This form has no workflow.', 'invalid_workflow_state');
      // The key owner's own unless `all` or `user` widens it [CLI].
      const everyone = req.query.all === 'true' || req.query.user !== undefined;
      const mine = store.collection('form_response').filter((r) => r.form_uuid === f.uuid && (everyone || r.user?.uuid === me.uuid));
      return kit.page(kit.filter(mine));
    },
    dailybot_get_form_response: (req, store, kit) => {
      const r = formResponse(req, store);
      return r ? kit.ok(r) : kit.error(404, 'Form response not found.', 'form_response_not_found');
    },
    dailybot_create_form_response: (req, store, kit) => {
      const f = kit.find('form', req.params.form_uuid);
      if (!f) return kit.error(404, 'Form not found.', 'form_does_not_exists');
      const states = f.workflow_states as { key: string }[];
      const state = states.length ? states[0].key : null;
      const r = add(
        kit,
        'form_response',
        {
          form_uuid: f.uuid,
          user: ref(me),
          current_state: state,
          allowed_transitions: state ? (transitions[state] ?? []) : [],
          can_change_state: state !== null,
          state_history: state ? [{ state, is_self: true, at: kit.now() }] : [],
          content: req.body?.content ?? {},
          edited: false,
        },
        'id',
      );
      return created(r);
    },
    dailybot_update_form_response: (req, store, kit) => {
      const r = formResponse(req, store);
      if (!r) return kit.error(404, 'Form response not found.', 'form_response_not_found');
      if (!r.can_change_state && r.current_state !== null)
        return kit.error(403, 'The response is in a final state and cannot be edited.', 'form_response_edit_forbidden');
      Object.assign(r.content, req.body?.content ?? {}); // merged: answers not named stay
      r.edited = true;
      return kit.ok(r);
    },
    dailybot_delete_form_response: removeBy('form_response', 'Form response', 'id', 'response_uuid', ['form_uuid', 'form_uuid']),
    dailybot_transition_form_response: (req, store, kit) => {
      const r = formResponse(req, store);
      if (!r) return kit.error(404, 'Form response not found.', 'form_response_not_found');
      const to = String(req.body?.to_state ?? '');
      if (!r.allowed_transitions.includes(to)) {
        return r.allowed_transitions.length
          ? kit.error(400, `Cannot move from ${r.current_state} to ${to}.`, 'invalid_workflow_state')
          : kit.error(400, 'The response is in a final state.', 'final_state_locked');
      }
      r.state_history.push({ state: to, is_self: true, at: kit.now(), note: req.body?.note });
      r.current_state = to;
      r.allowed_transitions = transitions[to] ?? [];
      r.can_change_state = r.allowed_transitions.length > 0;
      return kit.ok(r);
    },
    dailybot_send_message: (req, store, kit) => {
      const b = req.body ?? {};
      if (b.target_users && !usersKnown(store, kit, b.target_users)) return kit.error(400, 'No valid users were found.', 'no_valid_users');
      if (b.target_teams && !b.target_teams.every((t: string) => kit.find('team', t)))
        return kit.error(400, 'No valid team was found.', 'no_valid_team');
      const m = { ...b, bot_message_id: b.bot_message_id ?? `msg_${store.nextId()}`, sent_at: kit.now() };
      store.collection('message').push(m);
      return kit.ok({ bot_message_id: m.bot_message_id });
    },
    dailybot_send_email: (req, store, kit) => {
      if (!usersKnown(store, kit, req.body?.users_uuids)) return kit.error(400, 'No users were found.', 'no_users_found');
      store.collection('email').push({ ...req.body, sent_at: kit.now() });
      return kit.ok({ detail: `Email sent to ${req.body.users_uuids.length} user(s).` });
    },
    dailybot_open_conversation: (req, store, kit) => {
      const ids: string[] = req.body?.users_uuids ?? [];
      if (!usersKnown(store, kit, ids)) return kit.error(400, 'No valid users were found.', 'no_valid_users');
      const key = [...new Set([me.uuid, ...ids])].sort().join(',');
      let c = store.collection('conversation').find((x) => x.key === key);
      if (!c)
        store
          .collection('conversation')
          .push((c = { key, channel: `G${String(store.collection('conversation').length + 1).padStart(8, '0')}` }));
      return kit.ok({ channel: c.channel }); // the same people get the same conversation back
    },
    dailybot_list_kudos: (req, store, kit) => {
      const given = req.query.filter === 'kudos_given';
      const side = store
        .collection('kudos')
        .filter((k) => (given ? k.user?.uuid === me.uuid : k.receivers.some((r: Rec) => r.uuid === me.uuid)));
      return kit.page(kit.filter(side));
    },
    dailybot_give_kudos: (req, store, kit) => {
      const b = req.body ?? {};
      // The canonical `receivers` must agree with the typed lists it merges ([CLI] sends both "for validation").
      const typed = [...(b.users_receivers ?? []), ...(b.teams_receivers ?? [])];
      if (b.receivers !== undefined && JSON.stringify([...b.receivers].sort()) !== JSON.stringify([...typed].sort())) {
        return kit.error(400, 'receivers does not match users_receivers and teams_receivers.', 'params_validation_error');
      }
      const people = [...(b.users_receivers ?? [])];
      for (const t of b.teams_receivers ?? []) {
        if (!kit.find('team', t)) return kit.error(400, 'No valid team was found.', 'no_valid_team');
        people.push(
          ...store
            .collection('team_member')
            .filter((m) => m.team_uuid === t)
            .map((m) => m.user_uuid),
        );
      }
      const users = [...new Set(people)].filter((u) => u !== me.uuid).map((u) => kit.find('user', u));
      if (users.some((u) => !u) || users.length === 0) return kit.error(400, 'No valid users were found.', 'no_valid_users');
      const k = {
        id: Math.max(0, ...store.collection('kudos').map((x) => x.id)) + 1,
        parent: null,
        user: b.by_dailybot ? null : ref(me),
        receivers: users.map((u) => ref(u)),
        company_value: b.company_value ? { id: b.company_value, name: b.company_value } : null,
        content: b.content,
        is_anonymous: !!b.is_anonymous,
        by_dailybot: !!b.by_dailybot,
        metadata: {},
        created_at: kit.now(),
      };
      store.collection('kudos').push(k);
      return created(k);
    },
    dailybot_boost_kudos: (req, store, kit) => {
      const k = lookup(store, 'kudos', 'id', req.params.id);
      if (!k) return kit.notFound('Kudos');
      k.boosted_by ??= [];
      if (!k.boosted_by.some((u: Rec) => u.uuid === me.uuid)) k.boosted_by.push(ref(me));
      return kit.ok(k);
    },
    dailybot_list_workflows: (req, store, kit) => {
      const f = req.query.filter ?? 'all';
      const keep = (w: Rec) =>
        f === 'me'
          ? w.owner.uuid === me.uuid
          : f === 'others'
            ? w.owner.uuid !== me.uuid
            : f === 'active'
              ? w.active
              : f === 'inactive'
                ? !w.active
                : true;
      return kit.page(kit.filter(store.collection('workflow').filter(keep)));
    },
    dailybot_create_workflow: (req, store, kit) => {
      const w = newWorkflow(kit, req.body ?? {});
      return w ? created(w) : kit.error(400, 'name: This field is required.', 'params_validation_error');
    },
    dailybot_replace_workflow: (req, store, kit) => {
      const list = store.collection('workflow');
      const i = list.findIndex((w) => w.uuid === req.params.uuid);
      if (i < 0) return kit.notFound('Workflow');
      const { uuid: _u, ...fields } = req.body ?? {};
      const old = list[i];
      // A PUT replaces: what is not sent goes back to its default; identity and history stay.
      list[i] = {
        uuid: old.uuid,
        description: '',
        trigger_type: 'manual',
        active: true,
        visible: true,
        action_summary: '',
        metadata: {},
        ...fields,
        owner: old.owner,
        user_can_update: true,
        user_can_delete: true,
        total_runs: old.total_runs,
        last_run_at: old.last_run_at,
        created_at: old.created_at,
        updated_at: kit.now(),
      };
      return kit.ok(list[i]);
    },
    dailybot_delete_workflow: removeBy('workflow', 'Workflow'),
    dailybot_duplicate_workflow: (req, store, kit) => {
      const w = kit.find('workflow', req.params.uuid);
      if (!w) return kit.notFound('Workflow');
      const { uuid: _u, total_runs: _r, last_run_at: _l, created_at: _c, updated_at: _m, owner: _o, ...rest } = w;
      return created(newWorkflow(kit, { ...structuredClone(rest), name: `${w.name} (copy)`, active: false }));
    },
    dailybot_trigger_workflow: (req, store, kit) => {
      const w = kit.find('workflow', req.params.uuid);
      if (!w) return kit.notFound('Workflow');
      if (w.trigger_type !== 'api_trigger' || !w.active)
        return kit.error(400, 'Only an active api_trigger workflow can be triggered.', 'workflow_not_triggerable');
      if (JSON.stringify(req.body?.payload ?? {}).length > 8192) return kit.error(400, 'The payload is over 8 KiB.', 'payload_too_large');
      const logs = store.collection('workflow_log');
      logs.push({
        id: Math.max(0, ...logs.map((l) => l.id)) + 1,
        workflow_uuid: w.uuid,
        status: 'queued',
        trigger: 'api_trigger',
        payload: req.body?.payload ?? {},
        started_at: kit.now(),
        finished_at: null,
      });
      return { status: 202, body: { queued: true, workflow_uuid: w.uuid, detail: 'Workflow execution queued.' } };
    },
    dailybot_list_workflow_logs: (req, store, kit) => {
      if (!kit.find('workflow', req.params.workflow_uuid)) return kit.notFound('Workflow');
      return kit.page(kit.filter(store.collection('workflow_log').filter((l) => l.workflow_uuid === req.params.workflow_uuid)));
    },
    dailybot_create_webhook_subscription: (req, store, kit) => {
      const b = req.body ?? {};
      const r = add(
        kit,
        'webhook',
        {
          hook_url: b.hook_url,
          name: b.name ?? null,
          subscriptions: [b.subscriptions ?? []].flat(),
          subscribed_objects: [b.subscribed_objects ?? []].flat(),
        },
        'hook_id',
      );
      return created(r); // the bearer is never stored or echoed
    },
    dailybot_get_webhook_sample: (req, store, kit) => {
      // The body field's name is UNCONFIRMED: any string value naming a known event is taken.
      const event = Object.values(req.body ?? {})
        .flat()
        .find((v) => typeof v === 'string' && EVENTS.includes(v)) as string | undefined;
      if (!event) return kit.error(400, 'Give a known event type.', 'params_validation_error');
      return kit.ok({
        event,
        event_timestamp: Math.floor(Date.now() / 1000),
        sample: true,
        data: { organization: { uuid: ORG.uuid, name: ORG.name }, user: ref(me) },
      });
    },
    // DELETE /webhook-subscription/ with {hook_id, hook_url} in the body ([V3]; Pipedream): the hook must
    // match both, as a server reading either field would find it.
    dailybot_delete_webhook_subscription: (req, store, kit) => {
      const { hook_id, hook_url } = req.body ?? {};
      if (!hook_id && !hook_url) return kit.error(400, 'hook_id: This field is required.', 'params_validation_error');
      const list = store.collection('webhook');
      const i = list.findIndex(
        (w) => (hook_id === undefined || w.hook_id === String(hook_id)) && (hook_url === undefined || w.hook_url === hook_url),
      );
      if (i < 0) return kit.notFound('Webhook subscription');
      list.splice(i, 1);
      return noContent;
    },
    dailybot_list_important_dates: (req, store, kit) => {
      if (!kit.find('user', req.query.uuid)) return kit.error(404, 'User not found.', 'user_does_not_exists');
      return kit.ok(kit.filter(store.collection('important_date'))); // a bare array [V3]
    },
    dailybot_get_important_date: getBy('important_date', 'Important date', 'uuid', 'uuid', 'important_date_does_not_exists'),
    dailybot_create_important_date: (req, store, kit) => {
      const b = req.body ?? {};
      const owner = b.user ?? me.uuid;
      if (!kit.find('user', owner)) return kit.error(404, 'User not found.', 'user_does_not_exists');
      const start = b.start_date ?? today();
      const end = b.end_date ?? start;
      if (end < start) return kit.error(400, 'end_date is before start_date.', 'invalid_date_range');
      const d = kit.create('important_date', {
        is_specific_date: start === end,
        important_date_type: 'custom',
        metadata: {},
        ...b,
        user: owner,
        start_date: start,
        end_date: end,
      });
      delete d.created_at; // important dates carry no timestamps [V3]
      delete d.updated_at;
      return created(d);
    },
    dailybot_get_mood: (req, store, kit) => {
      const date = req.query.date ?? today();
      const m = store.collection('mood').find((x) => x.user === me.uuid && x.date === date);
      return m ? kit.ok(m) : kit.notFound(`Mood for ${date}`);
    },
    dailybot_track_mood: (req, store, kit) => {
      const { score, date = today() } = req.body ?? {};
      if (!(Number.isInteger(score) && score >= 1 && score <= 5)) return kit.error(400, 'score must be from 1 to 5.', 'invalid_score');
      if (store.collection('mood').some((x) => x.user === me.uuid && x.date === date))
        return kit.error(409, 'Mood was already tracked for this date.', 'motivation_score_already_completed');
      const m = { user: me.uuid, date, score, created_at: kit.now() };
      store.collection('mood').push(m);
      return created(m);
    },
    dailybot_create_agent_report: (req, store, kit) =>
      created(add(kit, 'agent_report', { ...req.body, is_milestone: !!req.body?.is_milestone })),
  },
};

export default sandbox;
