// The DailyBot toolset: its API definition and one declaration per public-reference endpoint
// (catalog scope P), plus the workflow trigger ([CLI]-documented, probably [V3]'s 8th workflow call).
// Left out: the legacy /followups/ duplicates, the CLI-only, agent-mailbox and commands-platform
// groups, and exchange tokens (acting as another user). Order matters only to the sandbox router:
// fixed paths before `{id}` ones (/pending-invitations/guests/ before /pending-invitations/{id}/).
import api from './api.js';
import get_me from './get_me.js';
import get_organization from './get_organization.js';
import list_users from './list_users.js';
import get_user from './get_user.js';
import update_user from './update_user.js';
import invite_users from './invite_users.js';
import list_pending_invitations from './list_pending_invitations.js';
import list_invitations from './list_invitations.js';
import list_guest_invitations from './list_guest_invitations.js';
import get_guest_invitation from './get_guest_invitation.js';
import cancel_guest_invitation from './cancel_guest_invitation.js';
import get_pending_invitation from './get_pending_invitation.js';
import cancel_pending_invitation from './cancel_pending_invitation.js';
import list_teams from './list_teams.js';
import get_team from './get_team.js';
import list_team_members from './list_team_members.js';
import add_team_members from './add_team_members.js';
import get_team_member from './get_team_member.js';
import update_team_member from './update_team_member.js';
import remove_team_member from './remove_team_member.js';
import list_checkins from './list_checkins.js';
import create_checkin from './create_checkin.js';
import get_checkin from './get_checkin.js';
import update_checkin from './update_checkin.js';
import delete_checkin from './delete_checkin.js';
import list_checkin_responses from './list_checkin_responses.js';
import list_followups from './list_followups.js';
import list_followup_responses from './list_followup_responses.js';
import create_checkin_response from './create_checkin_response.js';
import send_checkin_reminders from './send_checkin_reminders.js';
import list_templates from './list_templates.js';
import get_template from './get_template.js';
import list_forms from './list_forms.js';
import get_form from './get_form.js';
import list_form_responses from './list_form_responses.js';
import get_form_response from './get_form_response.js';
import create_form_response from './create_form_response.js';
import update_form_response from './update_form_response.js';
import delete_form_response from './delete_form_response.js';
import transition_form_response from './transition_form_response.js';
import send_message from './send_message.js';
import send_email from './send_email.js';
import open_conversation from './open_conversation.js';
import list_kudos from './list_kudos.js';
import give_kudos from './give_kudos.js';
import boost_kudos from './boost_kudos.js';
import list_workflows from './list_workflows.js';
import create_workflow from './create_workflow.js';
import get_workflow from './get_workflow.js';
import replace_workflow from './replace_workflow.js';
import delete_workflow from './delete_workflow.js';
import list_workflow_logs from './list_workflow_logs.js';
import duplicate_workflow from './duplicate_workflow.js';
import trigger_workflow from './trigger_workflow.js';
import create_webhook_subscription from './create_webhook_subscription.js';
import get_webhook_sample from './get_webhook_sample.js';
import delete_webhook_subscription from './delete_webhook_subscription.js';
import get_mood from './get_mood.js';
import track_mood from './track_mood.js';
import list_important_dates from './list_important_dates.js';
import create_important_date from './create_important_date.js';
import get_important_date from './get_important_date.js';
import create_agent_report from './create_agent_report.js';

export default {
  api,
  tools: [
    get_me,
    get_organization,
    list_users,
    get_user,
    update_user,
    invite_users,
    list_pending_invitations,
    list_invitations,
    list_guest_invitations,
    get_guest_invitation,
    cancel_guest_invitation,
    get_pending_invitation,
    cancel_pending_invitation,
    list_teams,
    get_team,
    list_team_members,
    add_team_members,
    get_team_member,
    update_team_member,
    remove_team_member,
    list_checkins,
    create_checkin,
    get_checkin,
    update_checkin,
    delete_checkin,
    list_checkin_responses,
    create_checkin_response,
    send_checkin_reminders,
    list_followups,
    list_followup_responses,
    list_templates,
    get_template,
    list_forms,
    get_form,
    list_form_responses,
    get_form_response,
    create_form_response,
    update_form_response,
    delete_form_response,
    transition_form_response,
    send_message,
    send_email,
    open_conversation,
    list_kudos,
    give_kudos,
    boost_kudos,
    list_workflows,
    create_workflow,
    get_workflow,
    replace_workflow,
    delete_workflow,
    list_workflow_logs,
    duplicate_workflow,
    trigger_workflow,
    create_webhook_subscription,
    get_webhook_sample,
    delete_webhook_subscription,
    get_mood,
    track_mood,
    list_important_dates,
    create_important_date,
    get_important_date,
    create_agent_report,
  ],
};
