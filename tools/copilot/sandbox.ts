// Copilot sandbox: the routes the generic emulator cannot infer. Seed data is in seed.ts; list filters
// and their meanings are in the list declarations (`filters`), applied here through `kit.filter`.
import type { SandboxDefinition, SandboxKit, SandboxResult } from '../../src/declaration.js';
import { seed, TAGS, uid } from './seed.js';

const flag = (v: unknown) => v === true || v === 'true';
const invalid = (kit: SandboxKit, message: string) => kit.error(400, message, 'parameter_invalid');

/** The tasks app's public task rules (tasks-app src/app/api/tasks/public/public.dto.ts): the assignee combination. */
function assigneeProblem(b: Record<string, unknown>): string | undefined {
  if (b.internalUserId && (b.clientId || b.companyId)) return 'internalUserId cannot be combined with clientId or companyId';
  if (((b.viewers as unknown[] | undefined)?.length ?? 0) > 1) return 'viewers may hold at most one entry';
  return undefined;
}

/** A channel's members must match its membership type (catalog §6). */
function channelProblem(b: Record<string, any>): string | undefined {
  if (b.membershipType === 'individual' && !b.clientId) return 'clientId is required for individual channels';
  if (b.membershipType === 'group' && !b.memberIds?.length) return 'memberIds is required for group channels';
  if (b.membershipType === 'company' && !b.companyId) return 'companyId is required for company channels';
  return undefined;
}
const createChannel =
  (collection: string, object: string) =>
  (req: { body: any }, _s: unknown, kit: SandboxKit): SandboxResult => {
    const b = req.body ?? {};
    const problem = channelProblem(b);
    if (problem) return invalid(kit, problem);
    const memberIds = b.membershipType === 'individual' ? [b.clientId] : b.membershipType === 'group' ? b.memberIds : (b.memberIds ?? []);
    return kit.ok(
      kit.create(collection, {
        object,
        membershipType: b.membershipType,
        clientId: b.clientId ?? '',
        companyId: b.companyId ?? '',
        memberIds,
      }),
    );
  };

/** Invoices and subscriptions: a recipient, and a template or line items (catalog §5). */
function billingProblem(b: Record<string, any>): string | undefined {
  if (!b.clientId && !b.companyId) return 'clientId or companyId is required';
  if (!b.templateId && !b.lineItems?.length) return 'lineItems is required if templateId is not provided';
  return undefined;
}

const sandbox: SandboxDefinition = {
  idType: 'string',
  idField: 'id',
  newId: (seq, collection) => uid(TAGS[collection] ?? 'zz', seq),
  timestamps: { created: 'createdAt', modified: 'updatedAt', format: 'iso' },
  errorBody: (_status, message, code) => ({ code, message, data: null }),
  deletedBody: (r) => ({ id: r.id, object: r.object, deleted: true }),
  seed,
  examples: {
    copilot_list_app_connections: { installId: uid('ai', 1) },
    copilot_list_custom_field_options: { customFieldId: uid('cf', 2) },
    copilot_list_files: { channelId: uid('fc', 0) },
    copilot_list_form_responses: { formId: uid('fm', 0) },
    copilot_list_messages: { channelId: uid('mc', 0) },
  },
  routes: {
    // These two answer a bare JSON array, not `{data}` (catalog §2).
    copilot_list_app_installs: (_req, store, kit) => ({ status: 200, body: kit.filter(store.collection('app_install')) }),
    // "Visible to this client": a member of the connection, or in its company (the declared filter says
    // member; company visibility is added here, as the SDK's wording promises).
    copilot_list_app_connections: (req, store, kit) => {
      const { installId, clientId } = req.args as Record<string, string | undefined>;
      if (!kit.find('app_install', installId)) return kit.notFound('App install');
      const client = clientId ? kit.find('client', clientId) : undefined;
      const visible = store
        .collection('app_connection')
        .filter(
          (c) =>
            c.installId === installId &&
            (!clientId || c.clientIds.includes(clientId) || (!!c.companyId && !!client?.companyIds?.includes(c.companyId))),
        );
      delete req.args.clientId; // applied above, with company visibility
      return { status: 200, body: kit.filter(visible) };
    },
    copilot_list_custom_field_options: (req, store, kit) => {
      if (!kit.find('custom_field', req.params.customFieldId)) return kit.notFound('Custom field');
      return kit.page(kit.filter(store.collection('custom_field_option').filter((o) => o.customFieldId === req.params.customFieldId)));
    },
    copilot_list_form_responses: (req, store, kit) => {
      if (!kit.find('form', req.params.formId)) return kit.notFound('Form');
      return kit.page(kit.filter(store.collection('form_response').filter((r) => r.formId === req.params.formId)));
    },
    // Unread only unless includeRead (default false); the recipient filters are the declared ones.
    copilot_list_notifications: (req, store, kit) =>
      kit.page(
        kit.filter(store.collection('notification').filter((n) => flag(req.args.includeRead) || !n.deliveryTargets?.inProduct?.isRead)),
      ),
    copilot_create_app_connection: (req, _store, kit) => {
      const installId = req.params.installId;
      if (!kit.find('app_install', installId)) return kit.notFound('App install');
      const b = req.body ?? {};
      const membershipType = b.companyId ? 'company' : (b.clientIds?.length ?? 0) > 1 ? 'group' : 'individual';
      return kit.ok(
        kit.create('app_connection', {
          object: 'appConnection',
          installId,
          type: b.type,
          content: b.content,
          membershipType,
          companyId: b.companyId ?? null,
          clientIds: b.clientIds ?? [],
        }),
      );
    },
    // Newest first: a sent message goes to the front of the list.
    copilot_send_message: (req, store, kit) => {
      const b = req.body ?? {};
      if (!kit.find('message_channel', b.channelId)) return kit.notFound('Message channel');
      const r = kit.create('message', {
        object: 'message',
        channelId: b.channelId,
        senderId: b.senderId ?? uid('a1', 0),
        text: b.text,
        isAttachmentIncluded: false,
      });
      const list = store.collection('message');
      list.unshift(...list.splice(list.indexOf(r), 1));
      return kit.ok(r);
    },
    copilot_create_message_channel: createChannel('message_channel', 'messageChannel'),
    copilot_create_file_channel: createChannel('file_channel', 'fileChannel'),
    copilot_create_client: (req, store, kit) => {
      const b = req.body ?? {};
      if (!b.givenName || !b.familyName || !b.email) return invalid(kit, 'givenName, familyName and email are required');
      if (store.collection('client').some((c) => c.email === b.email)) return invalid(kit, `A client with email ${b.email} already exists`);
      let companyId = b.companyId as string | undefined;
      if (companyId && !kit.find('company', companyId)) return invalid(kit, `Company ${companyId} does not exist`);
      if (!companyId) {
        // Without a company a placeholder company is created for the client.
        companyId = kit.create('company', {
          object: 'company',
          name: `${b.givenName} ${b.familyName}`,
          isPlaceholder: true,
          fallbackColor: '#CCCCCC',
          iconImageUrl: '',
          customFields: {},
        }).id as string;
      }
      return kit.ok(
        kit.create('client', {
          object: 'client',
          givenName: b.givenName,
          familyName: b.familyName,
          email: b.email,
          companyId,
          companyIds: [companyId],
          status: flag(req.query.sendInvite) ? 'invited' : 'notInvited',
          creationMethod: 'internalUser',
          fallbackColor: '#9BBFFF',
          avatarImageUrl: '',
          customFields: b.customFields ?? {},
          firstLoginDate: null,
          lastLoginDate: null,
        }),
      );
    },
    copilot_create_company: (req, _store, kit) => {
      const b = req.body ?? {};
      if (!b.name) return invalid(kit, 'name is required');
      return kit.ok(
        kit.create('company', {
          object: 'company',
          name: b.name,
          isPlaceholder: false,
          fallbackColor: b.fallbackColor ?? '#9BBFFF',
          iconImageUrl: b.iconImageUrl ?? '',
          customFields: b.customFields ?? {},
        }),
      );
    },
    // sendInvite is a query flag, not a client field: it invites a client not yet invited.
    copilot_update_client: (req, _store, kit) => {
      const r = kit.find('client', req.params.id);
      if (!r) return kit.notFound('Client');
      const b = req.body ?? {};
      if (b.companyId && !kit.find('company', b.companyId)) return invalid(kit, `Company ${b.companyId} does not exist`);
      for (const k of ['givenName', 'familyName', 'customFields'] as const)
        if (b[k] !== undefined) r[k] = k === 'customFields' ? { ...r.customFields, ...b.customFields } : b[k];
      if (b.companyId) Object.assign(r, { companyId: b.companyId, companyIds: [b.companyId] });
      if (flag(req.query.sendInvite) && r.status === 'notInvited') r.status = 'invited';
      r.updatedAt = kit.now();
      return kit.ok(r);
    },
    // PUT clears whatever is not given, custom fields and company included.
    copilot_replace_client: (req, _store, kit) => {
      const r = kit.find('client', req.params.id);
      if (!r) return kit.notFound('Client');
      const b = req.body ?? {};
      Object.assign(r, {
        givenName: b.givenName,
        familyName: b.familyName,
        companyId: b.companyId ?? '',
        companyIds: b.companyId ? [b.companyId] : [],
        customFields: b.customFields ?? {},
        updatedAt: kit.now(),
      });
      return kit.ok(r);
    },
    copilot_create_file: (req, _store, kit) => {
      const b = req.body ?? {};
      if (!kit.find('file_channel', b.channelId)) return kit.notFound('File channel');
      const kind = req.params.fileType;
      if (!['file', 'folder', 'link'].includes(kind)) return invalid(kit, 'fileType must be file, folder or link');
      const name = String(b.path).split('/').filter(Boolean).pop();
      return kit.ok(
        kit.create('file', {
          object: kind,
          channelId: b.channelId,
          path: b.path,
          name,
          status: kind === 'file' ? 'pending' : 'ready',
          size: 0,
          creatorId: uid('a1', 0),
          ...(kind === 'link' ? { linkUrl: b.linkUrl } : {}),
          ...(kind === 'folder' ? { clientPermissions: b.clientPermissions === 'read_only' ? 'read-only' : 'read-write' } : {}),
        }),
      );
    },
    copilot_create_file_legacy: (req, _store, kit) => {
      const b = req.body ?? {};
      if (!kit.find('file_channel', b.channelID)) return kit.notFound('File channel');
      const path = String(b.path ?? '');
      return kit.ok(
        kit.create('file', {
          object: 'folder',
          channelId: b.channelID,
          path,
          name: path.split('/').filter(Boolean).pop() ?? '',
          size: 0,
          status: 'ready',
          creatorId: uid('a1', 0),
          clientPermissions: 'read-write',
        }),
      );
    },
    copilot_get_file_download_url: (req, _store, kit) => {
      const f = kit.find('file', req.params.id);
      if (!f) return kit.notFound('File');
      if (f.object !== 'file') return invalid(kit, `${f.object} has no contents to download`);
      return kit.ok({ downloadUrl: f.downloadUrl });
    },
    // The real endpoint sends the raw bytes; the emulator can only answer JSON, so it sends the text as a JSON string.
    copilot_download_file: (req, _store, kit) => {
      const f = kit.find('file', req.params.id);
      if (!f) return kit.notFound('File');
      if (f.object !== 'file') return invalid(kit, `${f.object} has no contents to download`);
      return kit.ok(`Sandbox contents of ${f.name}`);
    },
    copilot_update_file_permissions: (req, store, kit) => {
      const b = req.body ?? {};
      const value = b.clientPermissions === 'read_only' ? 'read-only' : 'read-write';
      if (req.params.id === 'root') {
        const ch = kit.find('file_channel', b.channelId);
        if (!ch) return invalid(kit, 'channelId is required for the root folder');
        const roots = store.collection('file_root'); // a channel's root folder is no listed record
        const root = roots.find((r) => r.channelId === ch.id) ?? roots[roots.push({ id: 'root', object: 'folder', channelId: ch.id }) - 1];
        root.clientPermissions = value;
        return kit.ok(root);
      }
      const f = kit.find('file', req.params.id);
      if (!f) return kit.notFound('Folder');
      if (f.object !== 'folder') return invalid(kit, 'Permissions can only be set on folders');
      Object.assign(f, { clientPermissions: value, updatedAt: kit.now() });
      return kit.ok(f);
    },
    // One pending response per recipient; the answer is the first of them.
    copilot_request_form_response: (req, _store, kit) => {
      const b = req.body ?? {};
      const form = kit.find('form', b.formId);
      if (!form) return kit.notFound('Form');
      const made = (b.clientCompanyIds ?? []).map((r: { clientId: string; companyId: string }) =>
        kit.create('form_response', {
          object: 'formResponse',
          formId: form.id,
          formName: form.name,
          formDescription: form.description,
          clientId: r.clientId,
          companyId: r.companyId,
          status: 'pending',
          formFields: {},
        }),
      );
      form.formResponseRequests = (form.formResponseRequests ?? 0) + made.length;
      return kit.ok(made[0]);
    },
    copilot_create_notification: (req, _store, kit) => {
      const b = req.body ?? {};
      if (!b.recipientClientId && !b.recipientInternalUserId)
        return invalid(kit, 'recipientClientId or recipientInternalUserId is required');
      const targets = b.deliveryTargets ?? {};
      const sender = kit.find('client', b.senderId) ? 'client' : 'internalUser';
      return kit.ok(
        kit.create('notification', {
          object: 'notification',
          event: 'customNotification',
          senderId: b.senderId,
          senderType: sender,
          recipientClientId: b.recipientClientId,
          recipientCompanyId: b.recipientCompanyId,
          recipientInternalUserId: b.recipientInternalUserId,
          deliveryTargets: { ...targets, ...(targets.inProduct ? { inProduct: { ...targets.inProduct, isRead: false } } : {}) },
        }),
      );
    },
    copilot_mark_notification_read: (req, _store, kit) => markRead(req.params.id, true, kit),
    copilot_mark_notification_unread: (req, _store, kit) => markRead(req.params.id, false, kit),
    copilot_create_note: (req, _store, kit) => {
      const b = req.body ?? {};
      if (!kit.find(b.entityType, b.entityId)) return kit.notFound(b.entityType === 'company' ? 'Company' : 'Client');
      return kit.ok(
        kit.create('note', {
          object: 'note',
          entityType: b.entityType,
          entityId: b.entityId,
          title: b.title,
          content: b.content ?? '',
          creatorId: uid('a1', 0),
        }),
      );
    },
    copilot_send_contract: (req, _store, kit) => {
      const b = req.body ?? {};
      const template = kit.find('contract_template', b.contractTemplateId);
      if (!template) return kit.notFound('Contract template');
      const client = kit.find('client', b.clientId);
      if (!client) return kit.notFound('Client');
      if (!b.companyId && client.companyIds.length > 1)
        return invalid(kit, 'companyId is required when the client has more than one company');
      const fields = template.fields.map((f: { id: string }) => ({
        ...f,
        ...(b.variableValues?.[f.id] !== undefined ? { value: b.variableValues[f.id] } : {}),
      }));
      template.requestsCount = (template.requestsCount ?? 0) + 1;
      return kit.ok(
        kit.create('contract', {
          object: 'contract',
          contractTemplateId: template.id,
          name: template.name,
          clientId: client.id,
          companyId: b.companyId ?? client.companyId,
          status: 'pending',
          fields,
        }),
      );
    },
    copilot_create_invoice: (req, store, kit) => {
      const b = req.body ?? {};
      const problem = billingProblem(b);
      if (problem) return invalid(kit, problem);
      const n = store.collection('invoice').length + 1;
      return kit.ok(
        kit.create('invoice', {
          object: 'invoice',
          number: `INV-${String(n).padStart(4, '0')}`,
          clientId: b.clientId ?? '',
          companyId: b.companyId ?? '',
          status: 'open',
          currency: 'usd',
          taxPercentage: b.taxPercentage ?? 0,
          memo: b.memo ?? '',
          collectionMethod: 'sendInvoice',
          lineItems: b.lineItems ?? [],
          paymentMethodPreferences: b.paymentMethodPreferences,
        }),
      );
    },
    copilot_create_subscription: (req, _store, kit) => {
      const b = req.body ?? {};
      const problem = billingProblem(b);
      if (problem) return invalid(kit, problem);
      return kit.ok(
        kit.create('subscription', {
          object: 'subscription',
          clientId: b.clientId ?? '',
          companyId: b.companyId ?? '',
          status: 'active',
          collectionMethod: b.collectionMethod,
          currency: 'usd',
          interval: b.interval ?? 'month',
          intervalCount: b.intervalCount ?? 1,
          daysUntilDue: b.daysUntilDue,
          memo: b.memo ?? '',
          taxPercentage: b.taxPercentage ?? 0,
          lineItems: b.lineItems ?? [],
          paymentMethodPreferences: b.paymentMethodPreferences,
          canceledAt: null,
        }),
      );
    },
    copilot_cancel_subscription: (req, _store, kit) => {
      const s = kit.find('subscription', req.params.id);
      if (!s) return kit.notFound('Subscription');
      if (s.status !== 'active' && s.status !== 'notStarted')
        return invalid(kit, `Only active or notStarted subscriptions can be canceled; this one is ${s.status}`);
      Object.assign(s, { status: 'canceled', canceledAt: kit.now(), updatedAt: kit.now() });
      return kit.ok(s);
    },
    // Tasks carry `createdDate` and no createdAt/updatedAt (tasks app), so they are made here.
    copilot_create_task: (req, store, kit) => {
      const b = req.body ?? {};
      const hasTemplate = typeof b.templateId === 'string' && b.templateId !== '';
      if (!hasTemplate && !(typeof b.name === 'string' && b.name.trim()))
        return invalid(kit, 'Name is required when templateId is not provided');
      if (!hasTemplate && !['todo', 'inProgress', 'completed'].includes(b.status))
        return invalid(kit, 'Status is required and must be valid when templateId is not provided');
      if (!b.internalUserId && !b.clientId && !b.companyId)
        return invalid(kit, 'At least one of internalUserId, clientId, or companyId is required');
      const problem = assigneeProblem(b);
      if (problem) return invalid(kit, problem);
      let companyId = b.companyId ?? null;
      if (b.clientId && !companyId) {
        const client = kit.find('client', b.clientId);
        if (client?.companyIds?.length !== 1) return invalid(kit, 'companyId must be provided for clients with more than one company');
        companyId = client.companyIds[0];
      }
      const template = hasTemplate
        ? (kit.find('task_template', b.templateId) ??
          store
            .collection('task_template')
            .flatMap((t) => t.subTaskTemplates)
            .find((t) => t.id === b.templateId))
        : undefined;
      if (hasTemplate && !template) return kit.notFound('Task template');
      const status = b.status ?? 'todo';
      const now = kit.now();
      const done = status === 'completed';
      const r = kit.create('task', {
        object: 'task',
        label: `TSK-${store.collection('task').length + 1}`,
        name: b.name ?? template?.name,
        description: b.description ?? template?.description ?? '',
        status,
        parentTaskId: b.parentTaskId ?? null,
        templateId: b.templateId ?? null,
        dueDate: b.dueDate ?? null,
        createdBy: uid('a1', 0),
        createdDate: now,
        creatorType: 'internalUser',
        source: 'api',
        internalUserId: b.internalUserId ?? null,
        clientId: b.clientId ?? null,
        companyId,
        viewers: b.viewers ?? [],
        isArchived: false,
        archivedDate: null,
        archivedBy: null,
        isDeleted: false,
        deletedDate: null,
        deletedBy: null,
        completedDate: done ? now : null,
        completedBy: done ? uid('a1', 0) : null,
        completedByUserType: done ? 'internalUser' : null,
      });
      delete r.createdAt; // tasks say createdDate and have no updatedAt
      delete r.updatedAt;
      return kit.ok(r);
    },
    copilot_update_task: (req, _store, kit) => {
      const t = kit.find('task', req.params.id);
      if (!t) return kit.notFound('Task');
      const b = req.body ?? {};
      const problem = assigneeProblem(b) ?? (b.clientId && !b.companyId ? 'companyId is required when clientId is provided' : undefined);
      if (problem) return invalid(kit, problem);
      if (b.name !== undefined && !String(b.name).trim()) return invalid(kit, 'Name must not be empty');
      const now = kit.now();
      // A new assignee replaces the old one whole.
      if (b.internalUserId) Object.assign(t, { internalUserId: b.internalUserId, clientId: null, companyId: null });
      if (b.clientId || b.companyId) Object.assign(t, { internalUserId: null, clientId: b.clientId ?? null, companyId: b.companyId });
      for (const k of ['name', 'description', 'status', 'dueDate', 'viewers'] as const)
        if (b[k] !== undefined) t[k] = k === 'name' ? String(b[k]).trim() : b[k];
      if (b.status === 'completed' && !t.completedDate)
        Object.assign(t, { completedDate: now, completedBy: uid('a1', 0), completedByUserType: 'internalUser' });
      if (b.status && b.status !== 'completed') Object.assign(t, { completedDate: null, completedBy: null, completedByUserType: null });
      if (b.isArchived !== undefined)
        Object.assign(t, {
          isArchived: b.isArchived,
          archivedDate: b.isArchived ? now : null,
          archivedBy: b.isArchived ? uid('a1', 0) : null,
        });
      return kit.ok(t);
    },
  },
};

function markRead(id: string, isRead: boolean, kit: SandboxKit): SandboxResult {
  const n = kit.find('notification', id);
  if (!n) return kit.notFound('Notification');
  n.deliveryTargets = { ...n.deliveryTargets, inProduct: { ...(n.deliveryTargets?.inProduct ?? {}), isRead } };
  n.updatedAt = kit.now();
  return kit.ok(n);
}

export default sandbox;
