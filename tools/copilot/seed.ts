// Copilot sandbox seed: a small client-portal workspace, data only (routes are in sandbox.ts).
// Records carry only the fields the API returns (api.ts `records`); timestamps are ISO strings,
// `createdAt`/`updatedAt` on most objects and `createdDate` on tasks and task templates (SDK types).

/** Hex of a short type tag, so each record type's ids are recognisable and still valid UUIDs. */
const hex = (tag: string) => [...tag].map((c) => c.charCodeAt(0).toString(16)).join('');
/** Deterministic UUIDs, one tag per record type (Copilot ids are UUIDs). */
export const uid = (tag: string, i: number) => `${hex(tag).padEnd(8, '0').slice(0, 8)}-0000-4000-8000-${String(i + 1).padStart(12, '0')}`;
/** The id tag of each collection; new sandbox records get ids of the same form. */
export const TAGS: Record<string, string> = {
  internal_user: 'a1', company: 'c0', client: 'c1', custom_field: 'cf', custom_field_option: 'co', message_channel: 'mc', file_channel: 'fc',
  message: 'ms', file: 'f1', note: 'n0', notification: 'nt', form: 'fm', form_response: 'fr', contract_template: 'ct', contract: 'cn',
  product: 'pd', price: 'pr', invoice_template: 'it', invoice: 'iv', payment: 'py', subscription_template: 'st', subscription: 'sb',
  task_template: 'tt', task: 'tk', app_install: 'ai', app_connection: 'ac', workspace: 'w0',
};
const at = (day: number, hour = 9) => new Date(Date.UTC(2026, 0, 1 + day, hour)).toISOString();
const stamp = (day: number) => ({ createdAt: at(day), updatedAt: at(day + 1) });

const first = ['Ada', 'Grace', 'Alan', 'Edsger', 'Barbara', 'Donald', 'Frances', 'Ken', 'Margaret', 'Dennis', 'Radia', 'Tim', 'Hedy'];
const last = ['Lovelace', 'Hopper', 'Turing', 'Dijkstra', 'Liskov', 'Knuth', 'Allen', 'Thompson', 'Hamilton', 'Ritchie', 'Perlman', 'Berners-Lee'];

const internal_user = [
  { id: uid('a1', 0), object: 'internalUser', givenName: 'Sam', familyName: 'Agent', email: 'sam@studio.example', role: 'admin', isClientAccessLimited: false, companyAccessList: [], ...stamp(0) },
  { id: uid('a1', 1), object: 'internalUser', givenName: 'Riley', familyName: 'Rep', email: 'riley@studio.example', role: 'staff', isClientAccessLimited: false, companyAccessList: [], ...stamp(1) },
  { id: uid('a1', 2), object: 'internalUser', givenName: 'Morgan', familyName: 'Manager', email: 'morgan@studio.example', role: 'staff', isClientAccessLimited: true, companyAccessList: [uid('c0', 0)], ...stamp(2) },
];

const companyNames = ['Acme Corp', 'Globex', 'Initech', 'Umbrella Labs', 'Hooli'];
const company = companyNames.map((name, i) => ({
  id: uid('c0', i), object: 'company', name, isPlaceholder: false, fallbackColor: ['#9BBFFF', '#FFB86B', '#7BD389', '#F28B82', '#C58AF9'][i],
  iconImageUrl: '', customFields: { industry: [['software', 'retail', 'finance'][i % 3]] }, ...stamp(i),
}));
company.push({ id: uid('c0', 5), object: 'company', name: 'Hedy Lamarr', isPlaceholder: true, fallbackColor: '#CCCCCC', iconImageUrl: '', customFields: { industry: [] }, ...stamp(6) });

// 25 clients: enough for paging tests at small page sizes.
const client = Array.from({ length: 25 }, (_, i) => {
  const givenName = first[i % 12];
  const familyName = last[(i * 5) % 12];
  const companyId = company[i % 5].id;
  return {
    id: uid('c1', i), object: 'client', givenName, familyName, email: `${givenName.toLowerCase()}.${i}@${companyNames[i % 5].toLowerCase().replace(/[^a-z]/g, '')}.example`,
    companyId, companyIds: [companyId], status: (['active', 'invited', 'notInvited'] as const)[i % 3], creationMethod: 'internalUser',
    fallbackColor: '#9BBFFF', avatarImageUrl: '', customFields: { phoneNumber: `+15550100${String(i).padStart(2, '0')}`, tags: i % 2 ? ['vip'] : [] },
    firstLoginDate: i % 3 === 0 ? at(i, 10) : null, lastLoginDate: i % 3 === 0 ? at(i + 2, 11) : null, ...stamp(i),
  };
});
client.push({
  id: uid('c1', 25), object: 'client', givenName: 'Hedy', familyName: 'Lamarr', email: 'hedy@lamarr.example', companyId: uid('c0', 5), companyIds: [uid('c0', 5)],
  status: 'active', creationMethod: 'directSignUp', fallbackColor: '#CCCCCC', avatarImageUrl: '', customFields: { phoneNumber: '+15550199', tags: [] },
  firstLoginDate: at(7), lastLoginDate: at(9), ...stamp(6),
});

const custom_field = [
  { id: uid('cf', 0), object: 'customField', key: 'phoneNumber', name: 'Phone number', type: 'phoneNumber', order: 0, entityType: 'client' },
  { id: uid('cf', 1), object: 'customField', key: 'tags', name: 'Tags', type: 'multiSelect', order: 1, entityType: 'client' },
  { id: uid('cf', 2), object: 'customField', key: 'industry', name: 'Industry', type: 'multiSelect', order: 0, entityType: 'company' },
];
const custom_field_option = [
  { id: uid('co', 0), object: 'customFieldOption', customFieldId: uid('cf', 1), key: 'vip', label: 'VIP', color: '#F28B82' },
  { id: uid('co', 1), object: 'customFieldOption', customFieldId: uid('cf', 1), key: 'onboarding', label: 'Onboarding', color: '#9BBFFF' },
  { id: uid('co', 2), object: 'customFieldOption', customFieldId: uid('cf', 2), key: 'software', label: 'Software', color: '#7BD389' },
  { id: uid('co', 3), object: 'customFieldOption', customFieldId: uid('cf', 2), key: 'retail', label: 'Retail', color: '#FFB86B' },
  { id: uid('co', 4), object: 'customFieldOption', customFieldId: uid('cf', 2), key: 'finance', label: 'Finance', color: '#C58AF9' },
];

const channel = (prefix: string, object: string) => [
  { id: uid(prefix, 0), object, membershipType: 'individual', clientId: client[0].id, companyId: client[0].companyId, memberIds: [client[0].id], ...stamp(1) },
  { id: uid(prefix, 1), object, membershipType: 'individual', clientId: client[1].id, companyId: client[1].companyId, memberIds: [client[1].id], ...stamp(2) },
  { id: uid(prefix, 2), object, membershipType: 'company', clientId: '', companyId: company[0].id, memberIds: client.filter((c) => c.companyId === company[0].id).map((c) => c.id), ...stamp(3) },
];
const message_channel = channel('mc', 'messageChannel').map((c, i) => ({ ...c, lastMessageDate: i === 0 ? at(5, 16) : null }));
const file_channel = channel('fc', 'fileChannel');

// Newest first, as GET /messages answers.
const message = [
  { id: uid('ms', 3), object: 'message', channelId: message_channel[0].id, senderId: client[0].id, text: 'Perfect, see you Thursday.', isAttachmentIncluded: false, ...stamp(5) },
  { id: uid('ms', 2), object: 'message', channelId: message_channel[0].id, senderId: internal_user[0].id, text: 'Kick-off is **Thursday 10:00**; agenda in Files.', isAttachmentIncluded: false, ...stamp(4) },
  { id: uid('ms', 1), object: 'message', channelId: message_channel[0].id, senderId: client[0].id, text: 'When do we start?', isAttachmentIncluded: false, ...stamp(3) },
  { id: uid('ms', 0), object: 'message', channelId: message_channel[2].id, senderId: internal_user[1].id, text: 'Welcome to the Acme portal!', isAttachmentIncluded: false, ...stamp(2) },
];

const file = [
  { id: uid('f1', 0), object: 'folder', channelId: file_channel[0].id, name: 'Onboarding', path: 'Onboarding', size: 0, status: 'ready', creatorId: internal_user[0].id, clientPermissions: 'read-write', ...stamp(1) },
  { id: uid('f1', 1), object: 'file', channelId: file_channel[0].id, name: 'agenda.pdf', path: 'Onboarding/agenda.pdf', size: 48213, status: 'ready', creatorId: internal_user[0].id, downloadUrl: 'https://files.sandbox.example/agenda.pdf?sig=sandbox', ...stamp(2) },
  { id: uid('f1', 2), object: 'link', channelId: file_channel[0].id, name: 'Project board', path: 'Project board', linkUrl: 'https://board.sandbox.example/acme', status: 'ready', creatorId: internal_user[1].id, ...stamp(3) },
  { id: uid('f1', 3), object: 'file', channelId: file_channel[1].id, name: 'brief.txt', path: 'brief.txt', size: 1204, status: 'ready', creatorId: client[1].id, downloadUrl: 'https://files.sandbox.example/brief.txt?sig=sandbox', ...stamp(4) },
];

const note = [
  { id: uid('n0', 0), object: 'note', entityType: 'client', entityId: client[0].id, title: 'Kick-off call', content: '<p>Prefers email over calls.</p>', creatorId: internal_user[0].id, ...stamp(2) },
  { id: uid('n0', 1), object: 'note', entityType: 'company', entityId: company[0].id, title: 'Renewal', content: '<p>Contract renews in March.</p>', creatorId: internal_user[1].id, ...stamp(3) },
  { id: uid('n0', 2), object: 'note', entityType: 'client', entityId: client[1].id, title: 'Billing contact', content: '<p>Send invoices to finance@globex.example.</p>', creatorId: internal_user[0].id, ...stamp(4) },
];

const notification = [
  { id: uid('nt', 0), object: 'notification', event: 'customNotification', senderId: internal_user[0].id, senderType: 'internalUser', recipientClientId: client[0].id, recipientCompanyId: client[0].companyId, deliveryTargets: { inProduct: { title: 'Your agenda is ready', body: 'See Files.', isRead: false } }, ...stamp(4) },
  { id: uid('nt', 1), object: 'notification', event: 'customNotification', senderId: internal_user[0].id, senderType: 'internalUser', recipientClientId: client[0].id, recipientCompanyId: client[0].companyId, deliveryTargets: { inProduct: { title: 'Welcome aboard', isRead: true } }, ...stamp(1) },
  { id: uid('nt', 2), object: 'notification', event: 'customNotification', senderId: client[1].id, senderType: 'client', recipientInternalUserId: internal_user[1].id, deliveryTargets: { inProduct: { title: 'Brief uploaded', isRead: false } }, ...stamp(4) },
];

const form = [
  {
    id: uid('fm', 0), object: 'form', name: 'Onboarding questionnaire', description: 'Tell us about your business.', visibility: 'requestOnly', allowMultipleSubmissions: false,
    formFieldIds: ['q1', 'q2'], formFields: [{ formFieldId: 'q1', title: 'Company size', type: 'shortAnswer', isRequired: true }, { formFieldId: 'q2', title: 'Goals', type: 'longAnswer', isRequired: false }],
    formResponseRequests: 2, formResponseSubmissions: 1, latestSubmissionDate: at(5), ...stamp(0),
  },
  { id: uid('fm', 1), object: 'form', name: 'Feedback', description: 'How did we do?', visibility: 'allClients', allowMultipleSubmissions: true, formFieldIds: ['q1'], formFields: [{ formFieldId: 'q1', title: 'Rating', type: 'multipleChoice', isRequired: true }], formResponseRequests: 0, formResponseSubmissions: 0, ...stamp(1) },
];
const form_response = [
  { id: uid('fr', 0), object: 'formResponse', formId: form[0].id, formName: form[0].name, clientId: client[0].id, companyId: client[0].companyId, status: 'completed', submissionDate: at(5), formFields: { q1: { title: 'Company size', type: 'shortAnswer', answer: '50' }, q2: { title: 'Goals', type: 'longAnswer', answer: 'A client portal.' } }, ...stamp(3) },
  { id: uid('fr', 1), object: 'formResponse', formId: form[0].id, formName: form[0].name, clientId: client[1].id, companyId: client[1].companyId, status: 'pending', formFields: {}, ...stamp(4) },
];

const contract_template = [
  { id: uid('ct', 0), object: 'contractTemplate', name: 'Master services agreement', requestsCount: 2, submissionsCount: 1, fields: [{ id: 'startDate', type: 'variable', inputType: 'date', isOptional: false, page: 1 }, { id: 'signature', type: 'signature', inputType: 'signature', isOptional: false, page: 3 }], ...stamp(0) },
  { id: uid('ct', 1), object: 'contractTemplate', name: 'NDA', requestsCount: 1, submissionsCount: 0, fields: [{ id: 'signature', type: 'signature', inputType: 'signature', isOptional: false, page: 1 }], ...stamp(0) },
];
const contract = [
  { id: uid('cn', 0), object: 'contract', contractTemplateId: contract_template[0].id, name: 'Master services agreement', clientId: client[0].id, companyId: client[0].companyId, status: 'signed', signedAt: at(4), fields: [{ id: 'startDate', type: 'variable', inputType: 'date', isOptional: false, page: 1, value: '2026-02-01' }], ...stamp(2) },
  { id: uid('cn', 1), object: 'contract', contractTemplateId: contract_template[0].id, name: 'Master services agreement', clientId: client[1].id, companyId: client[1].companyId, status: 'pending', fields: [], ...stamp(3) },
  { id: uid('cn', 2), object: 'contract', contractTemplateId: contract_template[1].id, name: 'NDA', clientId: client[2].id, companyId: client[2].companyId, status: 'pending', fields: [], ...stamp(4) },
];

const product = [
  { id: uid('pd', 0), object: 'product', name: 'Consulting hours', description: 'Hourly consulting.', status: 'active', imageUrls: [], ...stamp(0) },
  { id: uid('pd', 1), object: 'product', name: 'Retainer', description: 'Monthly retainer.', status: 'active', imageUrls: [], ...stamp(0) },
  { id: uid('pd', 2), object: 'product', name: 'Website audit', description: 'One-off audit.', status: 'archived', imageUrls: [], ...stamp(0) },
];
const price = [
  { id: uid('pr', 0), object: 'price', productId: product[0].id, amount: 15000, currency: 'usd', type: 'oneTime', ...stamp(0) },
  { id: uid('pr', 1), object: 'price', productId: product[1].id, amount: 200000, currency: 'usd', type: 'recurring', interval: 'month', intervalCount: 1, ...stamp(0) },
  { id: uid('pr', 2), object: 'price', productId: product[1].id, amount: 540000, currency: 'usd', type: 'recurring', interval: 'quarterly', intervalCount: 1, ...stamp(0) },
  { id: uid('pr', 3), object: 'price', productId: product[2].id, amount: 90000, currency: 'usd', type: 'oneTime', ...stamp(0) },
];

const invoice_template = [
  { id: uid('it', 0), object: 'invoiceTemplate', name: 'Consulting (10 h)', memo: 'Thank you!', taxPercentage: 0, currency: 'usd', lineItems: [{ amount: 15000, description: 'Consulting hour', quantity: 10 }], ...stamp(0) },
  { id: uid('it', 1), object: 'invoiceTemplate', name: 'Audit', memo: '', taxPercentage: 8, currency: 'usd', lineItems: [{ amount: 90000, description: 'Website audit', quantity: 1 }], ...stamp(0) },
];
const prefs = [{ type: 'creditCard', feePaidByClient: false }, { type: 'bankAccount', feePaidByClient: false }];
const invoice = [
  { id: uid('iv', 0), object: 'invoice', number: 'INV-0001', clientId: client[0].id, companyId: client[0].companyId, status: 'paid', currency: 'usd', total: 150000, taxAmount: 0, taxPercentage: 0, memo: 'Thank you!', collectionMethod: 'sendInvoice', dueDate: at(14), sentDate: at(0), lineItems: [{ amount: 15000, description: 'Consulting hour', quantity: 10 }], paymentMethodPreferences: prefs, ...stamp(0) },
  { id: uid('iv', 1), object: 'invoice', number: 'INV-0002', clientId: client[1].id, companyId: client[1].companyId, status: 'open', currency: 'usd', total: 97200, taxAmount: 7200, taxPercentage: 8, memo: '', collectionMethod: 'sendInvoice', dueDate: at(20), sentDate: at(5), lineItems: [{ amount: 90000, description: 'Website audit', quantity: 1 }], paymentMethodPreferences: prefs, ...stamp(5) },
  { id: uid('iv', 2), object: 'invoice', number: 'INV-0003', clientId: '', companyId: company[0].id, status: 'void', currency: 'usd', total: 200000, taxAmount: 0, taxPercentage: 0, memo: 'Retainer', collectionMethod: 'sendInvoice', dueDate: at(30), sentDate: at(6), lineItems: [{ priceId: price[1].id, productId: product[1].id, quantity: 1, amount: 200000 }], paymentMethodPreferences: prefs, ...stamp(6) },
];
const payment = [
  { id: uid('py', 0), object: 'payment', invoiceId: invoice[0].id, status: 'succeeded', amount: 150000, paymentMethod: 'creditCard', brand: 'visa', last4Digits: '4242', feeAmount: { paidByPlatform: 4380, paidByClient: 0 }, ...stamp(3) },
  { id: uid('py', 1), object: 'payment', invoiceId: invoice[1].id, status: 'failed', amount: 97200, paymentMethod: 'creditCard', brand: 'mastercard', last4Digits: '4444', declineCode: 'insufficient_funds', message: 'Your card has insufficient funds.', ...stamp(7) },
];

const subscription_template = [
  { id: uid('st', 0), object: 'subscriptionTemplate', name: 'Monthly retainer', memo: 'Retainer', taxPercentage: 0, currency: 'usd', interval: 'month', intervalCount: 1, lineItems: [{ amount: 200000, description: 'Retainer', quantity: 1 }], ...stamp(0) },
  { id: uid('st', 1), object: 'subscriptionTemplate', name: 'Quarterly support', memo: '', taxPercentage: 0, currency: 'usd', interval: 'quarterly', intervalCount: 1, lineItems: [{ amount: 300000, description: 'Support', quantity: 1 }], ...stamp(0) },
];
const subscription = [
  { id: uid('sb', 0), object: 'subscription', clientId: client[0].id, companyId: client[0].companyId, status: 'active', collectionMethod: 'chargeAutomatically', currency: 'usd', interval: 'month', intervalCount: 1, daysUntilDue: 0, memo: 'Retainer', taxPercentage: 0, lineItems: [{ priceId: price[1].id, quantity: 1 }], canceledAt: null, ...stamp(1) },
  { id: uid('sb', 1), object: 'subscription', clientId: client[3].id, companyId: client[3].companyId, status: 'notStarted', collectionMethod: 'sendInvoice', currency: 'usd', interval: 'quarterly', intervalCount: 1, daysUntilDue: 14, memo: '', taxPercentage: 0, lineItems: [{ amount: 300000, description: 'Support', quantity: 1 }], canceledAt: null, ...stamp(2) },
  { id: uid('sb', 2), object: 'subscription', clientId: client[4].id, companyId: client[4].companyId, status: 'canceled', collectionMethod: 'sendInvoice', currency: 'usd', interval: 'month', intervalCount: 1, daysUntilDue: 7, memo: '', taxPercentage: 0, lineItems: [{ amount: 50000, description: 'Hosting', quantity: 1 }], canceledAt: at(5), ...stamp(2) },
];

const task_template = [
  { id: uid('tt', 0), object: 'taskTemplate', name: 'Client onboarding', description: 'Standard onboarding steps.', createdDate: at(0), subTaskTemplates: [{ id: uid('tt', 10), object: 'taskTemplate', name: 'Send welcome pack', description: '', createdDate: at(0) }, { id: uid('tt', 11), object: 'taskTemplate', name: 'Schedule kick-off', description: '', createdDate: at(0) }] },
  { id: uid('tt', 1), object: 'taskTemplate', name: 'Quarterly review', description: 'Prepare and hold the review.', createdDate: at(0), subTaskTemplates: [] },
];
// Task fields as the tasks app serialises them (tasks-app src/app/api/tasks/public/public.dto.ts).
const taskBase = { object: 'task', creatorType: 'internalUser', isArchived: false, archivedDate: null, archivedBy: null, isDeleted: false, deletedDate: null, deletedBy: null, completedDate: null, completedBy: null, completedByUserType: null, templateId: null, parentTaskId: null, viewers: [] as { clientId?: string; companyId: string }[] };
const task = [
  { ...taskBase, id: uid('tk', 0), label: 'TSK-1', name: 'Collect brand assets', description: 'Logo, fonts, colours.', status: 'todo', clientId: client[0].id, companyId: client[0].companyId, internalUserId: null, createdBy: internal_user[0].id, createdDate: at(1), dueDate: at(10), source: 'api' },
  { ...taskBase, id: uid('tk', 1), label: 'TSK-2', name: 'Draft proposal', description: 'For Globex expansion.', status: 'inProgress', clientId: null, companyId: null, internalUserId: internal_user[1].id, createdBy: internal_user[1].id, createdDate: at(2), dueDate: at(8), source: 'web', viewers: [{ companyId: company[1].id }] },
  { ...taskBase, id: uid('tk', 2), label: 'TSK-3', name: 'Send welcome pack', description: '', status: 'completed', clientId: null, companyId: null, internalUserId: internal_user[0].id, createdBy: internal_user[0].id, createdDate: at(1), dueDate: null, completedDate: at(2), completedBy: internal_user[0].id, completedByUserType: 'internalUser', parentTaskId: uid('tk', 0), templateId: uid('tt', 10), source: 'web' },
];

const app_install = [
  { id: uid('ai', 0), object: 'appInstall', appId: uid('ap', 0), displayName: 'Tasks', type: 'marketplace' },
  { id: uid('ai', 1), object: 'appInstall', appId: uid('ap', 1), displayName: 'Project board', type: 'custom' },
];
const app_connection = [
  { id: uid('ac', 0), object: 'appConnection', installId: app_install[1].id, type: 'link', content: 'https://board.sandbox.example/acme', membershipType: 'company', companyId: company[0].id, clientIds: [], ...stamp(2) },
  { id: uid('ac', 1), object: 'appConnection', installId: app_install[1].id, type: 'embed', content: 'https://board.sandbox.example/embed/globex', membershipType: 'individual', companyId: null, clientIds: [client[1].id], ...stamp(3) },
];

const workspace = {
  id: uid('w0', 0), brandName: 'Sandbox Studio', industry: 'Consulting', portalUrl: 'https://sandbox-studio.copilot.example', isCompaniesEnabled: true, isClientDirectSignUpEnabled: false,
  colorAccent: '#4F46E5', colorSidebarBackground: '#111827', colorSidebarText: '#F9FAFB', font: 'Inter', metaTitle: 'Sandbox Studio portal',
  labels: { individualTerm: 'Client', individualTermPlural: 'Clients', groupTerm: 'Company', groupTermPlural: 'Companies' },
};

export const seed = {
  workspace, internal_user, company, client, custom_field, custom_field_option, message_channel, message, file_channel, file, note, notification,
  form, form_response, contract_template, contract, product, price, invoice_template, invoice, payment, subscription_template, subscription,
  task_template, task, app_install, app_connection,
};
