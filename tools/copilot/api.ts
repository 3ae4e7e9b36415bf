// Copilot (client portal, now also "Assembly") public REST API v1 (../shared/api/copilot.md, seeds 000, 001).
import { defineApi } from '../../src/declaration.js';

export default defineApi({
  id: 'copilot',
  title: 'Copilot',
  // api.assembly.com is the same API after the rebrand (catalog §1); the base URL is configurable.
  baseUrl: { env: 'COPILOT_BASE_URL', default: 'https://api.copilot.com/v1' },
  // 20 requests per second (seeds 000, 001). The monthly plan quota is not enforced here.
  rateLimit: { env: 'COPILOT_RATE_LIMIT', default: '20/1s' },
  credentials: [{ env: ['COPILOT_API_KEY'], secret: ['COPILOT_API_KEY'], headers: (v) => ({ 'X-API-KEY': v.COPILOT_API_KEY }) }],
  headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
  // `{data, nextToken}`; `data` may be null (an empty page) and nextToken may appear on any list (catalog §2).
  pagination: {
    style: 'cursor', in: 'query', cursorParam: 'nextToken', cursorField: 'nextToken', sizeParam: 'limit',
    // The maximum `limit` is UNCONFIRMED (one first-party app asks for 5,000 clients): 100, the SDK's default
    // for most lists, is the ceiling, so no page size the API has not been seen to serve is ever sent.
    maxSize: 100, defaultSize: 100, walkSize: 100, itemsField: 'data',
  },
  // Error body `{code, message, data}` (catalog §3); the list of codes is UNCONFIRMED, so only message and code are read.
  errors: {
    messageFields: ['message'],
    codeField: 'code',
    hints: {
      400: 'A parameter is missing or invalid: read the message, correct the arguments and resend.',
      401: 'No valid API key: check COPILOT_API_KEY (Settings > API in the Copilot dashboard).',
      403: "The key's workspace or plan may not do this: use a key that is allowed to.",
      404: 'The record does not exist or is not visible to this key: verify the id.',
      429: 'Over 20 requests per second, or the monthly plan quota is used up: wait a second and retry; if it persists, the monthly quota is spent.',
      500: 'An error on Copilot’s side: retry later.',
    },
  },
  // Top-level fields of each record type as the API returns them: the SDK 3.19.1 response types
  // (`DefaultService.d.ts`), tasks from the tasks app's PublicTaskDtoSchema (tasks-app public.dto.ts).
  records: {
    workspace: ['id', 'brandName', 'industry', 'portalUrl', 'isCompaniesEnabled', 'isClientDirectSignUpEnabled', 'logOutUrl', 'squareIconUrl', 'fullLogoUrl', 'squareLoginImageUrl', 'socialSharingImageUrl', 'colorAccent', 'colorSidebarBackground', 'colorSidebarText', 'font', 'metaTitle', 'metaDescription', 'labels'],
    internal_user: ['id', 'object', 'givenName', 'familyName', 'email', 'role', 'fallbackColor', 'avatarImageUrl', 'isClientAccessLimited', 'companyAccessList', 'createdAt', 'updatedAt'],
    company: ['id', 'object', 'name', 'isPlaceholder', 'fallbackColor', 'iconImageUrl', 'customFields', 'createdAt', 'updatedAt'],
    client: ['id', 'object', 'givenName', 'familyName', 'email', 'companyId', 'companyIds', 'status', 'creationMethod', 'fallbackColor', 'avatarImageUrl', 'customFields', 'firstLoginDate', 'lastLoginDate', 'createdAt', 'updatedAt'],
    custom_field: ['id', 'object', 'key', 'name', 'type', 'order', 'entityType'],
    custom_field_option: ['id', 'object', 'customFieldId', 'key', 'label', 'color'],
    message_channel: ['id', 'object', 'membershipType', 'clientId', 'companyId', 'membershipEntityId', 'memberIds', 'lastMessageDate', 'createdAt', 'updatedAt'],
    message: ['id', 'object', 'channelId', 'senderId', 'text', 'isAttachmentIncluded', 'createdAt', 'updatedAt'],
    file_channel: ['id', 'object', 'membershipType', 'clientId', 'companyId', 'membershipEntityId', 'memberIds', 'createdAt', 'updatedAt'],
    file: ['id', 'object', 'channelId', 'name', 'path', 'size', 'status', 'creatorId', 'lastModifiedBy', 'clientPermissions', 'downloadUrl', 'linkUrl', 'createdAt', 'updatedAt'],
    note: ['id', 'object', 'entityType', 'entityId', 'title', 'content', 'creatorId', 'createdAt', 'updatedAt'],
    notification: ['id', 'object', 'event', 'appId', 'resourceId', 'senderId', 'senderType', 'recipientClientId', 'recipientCompanyId', 'recipientInternalUserId', 'deliveryTargets', 'createdAt', 'updatedAt'],
    form: ['id', 'object', 'name', 'description', 'visibility', 'allowMultipleSubmissions', 'formFieldIds', 'formFields', 'formResponseRequests', 'formResponseSubmissions', 'latestSubmissionDate', 'createdAt', 'updatedAt'],
    form_response: ['id', 'object', 'formId', 'formName', 'formDescription', 'clientId', 'companyId', 'status', 'submissionDate', 'formFields', 'createdAt', 'updatedAt'],
    contract_template: ['id', 'object', 'name', 'requestsCount', 'submissionsCount', 'fields', 'createdAt', 'updatedAt'],
    contract: ['id', 'object', 'contractTemplateId', 'name', 'clientId', 'companyId', 'status', 'signedAt', 'fields', 'createdAt', 'updatedAt'],
    product: ['id', 'object', 'name', 'description', 'status', 'imageUrls', 'createdAt', 'updatedAt'],
    price: ['id', 'object', 'productId', 'amount', 'currency', 'type', 'interval', 'intervalCount', 'createdAt', 'updatedAt'],
    invoice_template: ['id', 'object', 'name', 'memo', 'taxPercentage', 'currency', 'lineItems', 'createdAt', 'updatedAt'],
    invoice: ['id', 'object', 'number', 'clientId', 'companyId', 'status', 'currency', 'total', 'taxAmount', 'taxPercentage', 'memo', 'collectionMethod', 'dueDate', 'sentDate', 'lineItems', 'paymentMethodPreferences', 'createdAt', 'updatedAt'],
    payment: ['id', 'object', 'invoiceId', 'status', 'amount', 'paymentMethod', 'brand', 'last4Digits', 'feeAmount', 'declineCode', 'message', 'createdAt', 'updatedAt'],
    subscription_template: ['id', 'object', 'name', 'memo', 'taxPercentage', 'currency', 'interval', 'intervalCount', 'lineItems', 'createdAt', 'updatedAt'],
    subscription: ['id', 'object', 'clientId', 'companyId', 'status', 'collectionMethod', 'currency', 'interval', 'intervalCount', 'daysUntilDue', 'memo', 'taxPercentage', 'lineItems', 'paymentMethodPreferences', 'canceledAt', 'createdAt', 'updatedAt'],
    task_template: ['id', 'object', 'name', 'description', 'createdDate', 'subTaskTemplates'],
    task: ['id', 'object', 'label', 'name', 'description', 'status', 'parentTaskId', 'templateId', 'dueDate', 'createdBy', 'createdDate', 'creatorType', 'source', 'internalUserId', 'clientId', 'companyId', 'viewers', 'isArchived', 'archivedDate', 'archivedBy', 'isDeleted', 'deletedDate', 'deletedBy', 'completedDate', 'completedBy', 'completedByUserType'],
    app_install: ['id', 'object', 'appId', 'displayName', 'type'],
    app_connection: ['id', 'object', 'installId', 'type', 'content', 'membershipType', 'companyId', 'clientIds', 'createdAt', 'updatedAt'],
  },
  // Seed 001: after a 429, "subsequent requests will succeed after one second"; no Retry-After is documented.
  retryAfterDefaultMs: 1000,
  sandbox: () => import('./sandbox.js').then((m) => m.default),
});
