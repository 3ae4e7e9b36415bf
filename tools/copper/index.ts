// The Copper toolset: its API definition and one declaration per endpoint (design.md's 31 names).
import api from './api.js';
import search_people from './search_people.js';
import get_person from './get_person.js';
import fetch_person_by_email from './fetch_person_by_email.js';
import create_person from './create_person.js';
import update_person from './update_person.js';
import delete_person from './delete_person.js';
import search_companies from './search_companies.js';
import get_company from './get_company.js';
import create_company from './create_company.js';
import update_company from './update_company.js';
import search_leads from './search_leads.js';
import create_lead from './create_lead.js';
import update_lead from './update_lead.js';
import convert_lead from './convert_lead.js';
import search_opportunities from './search_opportunities.js';
import create_opportunity from './create_opportunity.js';
import update_opportunity from './update_opportunity.js';
import search_tasks from './search_tasks.js';
import create_task from './create_task.js';
import create_activity from './create_activity.js';
import search_activities from './search_activities.js';
import search_projects from './search_projects.js';
import list_pipelines from './list_pipelines.js';
import list_pipeline_stages from './list_pipeline_stages.js';
import list_custom_field_definitions from './list_custom_field_definitions.js';
import get_account from './get_account.js';
import search_users from './search_users.js';
import get_current_user from './get_current_user.js';
import create_webhook from './create_webhook.js';
import list_webhooks from './list_webhooks.js';
import delete_webhook from './delete_webhook.js';

export default {
  api,
  tools: [
    search_people, get_person, fetch_person_by_email, create_person, update_person, delete_person,
    search_companies, get_company, create_company, update_company,
    search_leads, create_lead, update_lead, convert_lead,
    search_opportunities, create_opportunity, update_opportunity,
    search_tasks, create_task, create_activity, search_activities, search_projects,
    list_pipelines, list_pipeline_stages, list_custom_field_definitions,
    get_account, search_users, get_current_user,
    create_webhook, list_webhooks, delete_webhook,
  ],
};
