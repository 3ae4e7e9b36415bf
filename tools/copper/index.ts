// The Copper toolset: its API definition and one declaration per endpoint of the public Copper developer
// API. Order matters for the emulator where paths overlap: /leads/upsert before /leads/{id}, /users/me
// before /users/{id}.
import api from './api.js';
import search_people from './search_people.js';
import get_person from './get_person.js';
import fetch_person_by_email from './fetch_person_by_email.js';
import create_person from './create_person.js';
import update_person from './update_person.js';
import delete_person from './delete_person.js';
import bulk_create_people from './bulk_create_people.js';
import bulk_update_people from './bulk_update_people.js';
import list_contact_types from './list_contact_types.js';
import search_companies from './search_companies.js';
import get_company from './get_company.js';
import create_company from './create_company.js';
import update_company from './update_company.js';
import delete_company from './delete_company.js';
import bulk_create_companies from './bulk_create_companies.js';
import bulk_update_companies from './bulk_update_companies.js';
import search_leads from './search_leads.js';
import get_lead from './get_lead.js';
import create_lead from './create_lead.js';
import upsert_lead from './upsert_lead.js';
import update_lead from './update_lead.js';
import delete_lead from './delete_lead.js';
import convert_lead from './convert_lead.js';
import bulk_create_leads from './bulk_create_leads.js';
import bulk_update_leads from './bulk_update_leads.js';
import list_lead_statuses from './list_lead_statuses.js';
import list_customer_sources from './list_customer_sources.js';
import search_opportunities from './search_opportunities.js';
import get_opportunity from './get_opportunity.js';
import create_opportunity from './create_opportunity.js';
import update_opportunity from './update_opportunity.js';
import delete_opportunity from './delete_opportunity.js';
import bulk_create_opportunities from './bulk_create_opportunities.js';
import list_loss_reasons from './list_loss_reasons.js';
import list_pipelines from './list_pipelines.js';
import list_pipeline_stages from './list_pipeline_stages.js';
import list_stages_in_pipeline from './list_stages_in_pipeline.js';
import search_projects from './search_projects.js';
import get_project from './get_project.js';
import create_project from './create_project.js';
import update_project from './update_project.js';
import delete_project from './delete_project.js';
import search_tasks from './search_tasks.js';
import get_task from './get_task.js';
import create_task from './create_task.js';
import update_task from './update_task.js';
import delete_task from './delete_task.js';
import search_activities from './search_activities.js';
import get_activity from './get_activity.js';
import create_activity from './create_activity.js';
import update_activity from './update_activity.js';
import delete_activity from './delete_activity.js';
import bulk_create_activities from './bulk_create_activities.js';
import list_activity_types from './list_activity_types.js';
import list_related_records from './list_related_records.js';
import relate_records from './relate_records.js';
import unrelate_records from './unrelate_records.js';
import list_custom_field_definitions from './list_custom_field_definitions.js';
import get_custom_field_definition from './get_custom_field_definition.js';
import create_custom_field_definition from './create_custom_field_definition.js';
import list_connections from './list_connections.js';
import create_connection from './create_connection.js';
import delete_connection from './delete_connection.js';
import get_account from './get_account.js';
import search_users from './search_users.js';
import get_current_user from './get_current_user.js';
import get_user from './get_user.js';
import create_webhook from './create_webhook.js';
import list_webhooks from './list_webhooks.js';
import get_webhook from './get_webhook.js';
import update_webhook from './update_webhook.js';
import delete_webhook from './delete_webhook.js';
import list_record_activities from './record_activities.js';
import update_custom_field_definition from './update_custom_field_definition.js';
import delete_custom_field_definition from './delete_custom_field_definition.js';

export default {
  api,
  tools: [
    search_people,
    get_person,
    fetch_person_by_email,
    create_person,
    update_person,
    delete_person,
    bulk_create_people,
    bulk_update_people,
    list_contact_types,
    search_companies,
    get_company,
    create_company,
    update_company,
    delete_company,
    bulk_create_companies,
    bulk_update_companies,
    search_leads,
    get_lead,
    create_lead,
    upsert_lead,
    update_lead,
    delete_lead,
    convert_lead,
    bulk_create_leads,
    bulk_update_leads,
    list_lead_statuses,
    list_customer_sources,
    search_opportunities,
    get_opportunity,
    create_opportunity,
    update_opportunity,
    delete_opportunity,
    bulk_create_opportunities,
    list_loss_reasons,
    list_pipelines,
    list_pipeline_stages,
    list_stages_in_pipeline,
    search_projects,
    get_project,
    create_project,
    update_project,
    delete_project,
    search_tasks,
    get_task,
    create_task,
    update_task,
    delete_task,
    search_activities,
    get_activity,
    create_activity,
    update_activity,
    delete_activity,
    bulk_create_activities,
    list_record_activities,
    list_activity_types,

    list_related_records,
    relate_records,
    unrelate_records,
    list_custom_field_definitions,
    get_custom_field_definition,
    create_custom_field_definition,
    update_custom_field_definition,
    delete_custom_field_definition,
    list_connections,
    create_connection,
    delete_connection,
    get_account,
    search_users,
    get_current_user,
    get_user,
    create_webhook,
    list_webhooks,
    get_webhook,
    update_webhook,
    delete_webhook,
  ],
};
