// The DailyBot toolset: its API definition and one declaration per public-reference endpoint
// (catalog scope P). Order matters only to the sandbox router: fixed paths before `{id}` ones.
import api from './api.js';
import get_me from './get_me.js';
import get_organization from './get_organization.js';
import list_users from './list_users.js';
import get_user from './get_user.js';
import update_user from './update_user.js';
import invite_users from './invite_users.js';
import list_teams from './list_teams.js';
import get_team from './get_team.js';
import list_team_members from './list_team_members.js';
import add_team_members from './add_team_members.js';
import remove_team_member from './remove_team_member.js';
import list_checkins from './list_checkins.js';
import get_checkin from './get_checkin.js';
import delete_checkin from './delete_checkin.js';
import list_checkin_responses from './list_checkin_responses.js';
import create_checkin_response from './create_checkin_response.js';
import send_checkin_reminders from './send_checkin_reminders.js';
import list_forms from './list_forms.js';
import get_form from './get_form.js';
import list_form_responses from './list_form_responses.js';
import get_form_response from './get_form_response.js';
import create_form_response from './create_form_response.js';
import delete_form_response from './delete_form_response.js';
import transition_form_response from './transition_form_response.js';
import send_message from './send_message.js';
import send_email from './send_email.js';
import list_kudos from './list_kudos.js';
import give_kudos from './give_kudos.js';
import create_webhook_subscription from './create_webhook_subscription.js';
import delete_webhook_subscription from './delete_webhook_subscription.js';
import list_important_dates from './list_important_dates.js';

export default {
  api,
  tools: [
    get_me, get_organization, list_users, get_user, update_user,
    invite_users,
    list_teams, get_team, list_team_members, add_team_members, remove_team_member,
    list_checkins, get_checkin, delete_checkin, list_checkin_responses, create_checkin_response, send_checkin_reminders,
    list_forms, get_form, list_form_responses, get_form_response, create_form_response, delete_form_response, transition_form_response,
    send_message, send_email,
    list_kudos, give_kudos,
    create_webhook_subscription, delete_webhook_subscription,
    list_important_dates,
  ],
};
