// The Copilot toolset: its API definition and one declaration per endpoint of the catalog's table
// (../shared/api/copilot.md §4, rows 1–76, in its order).
import api from './api.js';
import list_app_installs from './list_app_installs.js';
import get_app_install from './get_app_install.js';
import list_app_connections from './list_app_connections.js';
import create_app_connection from './create_app_connection.js';
import create_client from './create_client.js';
import list_clients from './list_clients.js';
import get_client from './get_client.js';
import update_client from './update_client.js';
import replace_client from './replace_client.js';
import delete_client from './delete_client.js';
import create_company from './create_company.js';
import list_companies from './list_companies.js';
import get_company from './get_company.js';
import update_company from './update_company.js';
import delete_company from './delete_company.js';
import send_contract from './send_contract.js';
import list_contracts from './list_contracts.js';
import get_contract from './get_contract.js';
import get_contract_template from './get_contract_template.js';
import list_contract_templates from './list_contract_templates.js';
import list_custom_fields from './list_custom_fields.js';
import list_custom_field_options from './list_custom_field_options.js';
import create_file from './create_file.js';
import get_file from './get_file.js';
import delete_file from './delete_file.js';
import get_file_download_url from './get_file_download_url.js';
import download_file from './download_file.js';
import list_files from './list_files.js';
import create_file_legacy from './create_file_legacy.js';
import create_file_channel from './create_file_channel.js';
import list_file_channels from './list_file_channels.js';
import get_file_channel from './get_file_channel.js';
import update_file_permissions from './update_file_permissions.js';
import get_form from './get_form.js';
import list_forms from './list_forms.js';
import request_form_response from './request_form_response.js';
import list_form_responses from './list_form_responses.js';
import get_internal_user from './get_internal_user.js';
import list_internal_users from './list_internal_users.js';
import get_invoice from './get_invoice.js';
import list_invoices from './list_invoices.js';
import create_invoice from './create_invoice.js';
import list_invoice_templates from './list_invoice_templates.js';
import send_message from './send_message.js';
import list_messages from './list_messages.js';
import create_message_channel from './create_message_channel.js';
import list_message_channels from './list_message_channels.js';
import get_message_channel from './get_message_channel.js';
import create_note from './create_note.js';
import list_notes from './list_notes.js';
import update_note from './update_note.js';
import get_note from './get_note.js';
import delete_note from './delete_note.js';
import list_notifications from './list_notifications.js';
import create_notification from './create_notification.js';
import delete_notification from './delete_notification.js';
import mark_notification_read from './mark_notification_read.js';
import mark_notification_unread from './mark_notification_unread.js';
import list_payments from './list_payments.js';
import list_prices from './list_prices.js';
import get_price from './get_price.js';
import list_products from './list_products.js';
import get_product from './get_product.js';
import create_subscription from './create_subscription.js';
import list_subscriptions from './list_subscriptions.js';
import get_subscription from './get_subscription.js';
import cancel_subscription from './cancel_subscription.js';
import list_subscription_templates from './list_subscription_templates.js';
import get_workspace from './get_workspace.js';
import list_tasks from './list_tasks.js';
import create_task from './create_task.js';
import get_task from './get_task.js';
import update_task from './update_task.js';
import delete_task from './delete_task.js';
import list_task_templates from './list_task_templates.js';
import get_task_template from './get_task_template.js';

export default {
  api,
  tools: [
    list_app_installs,
    get_app_install,
    list_app_connections,
    create_app_connection,
    create_client,
    list_clients,
    get_client,
    update_client,
    replace_client,
    delete_client,
    create_company,
    list_companies,
    get_company,
    update_company,
    delete_company,
    send_contract,
    list_contracts,
    get_contract,
    get_contract_template,
    list_contract_templates,
    list_custom_fields,
    list_custom_field_options,
    create_file,
    get_file,
    delete_file,
    get_file_download_url,
    download_file,
    list_files,
    create_file_legacy,
    create_file_channel,
    list_file_channels,
    get_file_channel,
    update_file_permissions,
    get_form,
    list_forms,
    request_form_response,
    list_form_responses,
    get_internal_user,
    list_internal_users,
    get_invoice,
    list_invoices,
    create_invoice,
    list_invoice_templates,
    send_message,
    list_messages,
    create_message_channel,
    list_message_channels,
    get_message_channel,
    create_note,
    list_notes,
    update_note,
    get_note,
    delete_note,
    list_notifications,
    create_notification,
    delete_notification,
    mark_notification_read,
    mark_notification_unread,
    list_payments,
    list_prices,
    get_price,
    list_products,
    get_product,
    create_subscription,
    list_subscriptions,
    get_subscription,
    cancel_subscription,
    list_subscription_templates,
    get_workspace,
    list_tasks,
    create_task,
    get_task,
    update_task,
    delete_task,
    list_task_templates,
    get_task_template,
  ],
};
