// The tawk.to toolset: its API definition and one declaration per REST method (catalog §2, 80 methods).
import api from './api.js';
import list_properties from './list_properties.js';
import get_property from './get_property.js';
import create_property from './create_property.js';
import create_widget from './create_widget.js';
import get_widget from './get_widget.js';
import update_widget from './update_widget.js';
import delete_widget from './delete_widget.js';
import create_widget_card from './create_widget_card.js';
import update_widget_card from './update_widget_card.js';
import delete_widget_card from './delete_widget_card.js';
import get_global_widget_settings from './get_global_widget_settings.js';
import update_global_widget_settings from './update_global_widget_settings.js';
import list_widget_api_keys from './list_widget_api_keys.js';
import get_current_agent from './get_current_agent.js';
import get_agent from './get_agent.js';
import list_members from './list_members.js';
import list_member_invites from './list_member_invites.js';
import invite_member from './invite_member.js';
import update_member_invite from './update_member_invite.js';
import cancel_member_invite from './cancel_member_invite.js';
import enable_member from './enable_member.js';
import disable_member from './disable_member.js';
import update_member_permissions from './update_member_permissions.js';
import remove_member from './remove_member.js';
import list_chats from './list_chats.js';
import get_chat from './get_chat.js';
import list_tickets from './list_tickets.js';
import get_ticket from './get_ticket.js';
import get_contact from './get_contact.js';
import list_contact_attributes from './list_contact_attributes.js';
import create_tab from './create_tab.js';
import list_available_tabs from './list_available_tabs.js';
import get_tab from './get_tab.js';
import list_tabs from './list_tabs.js';
import update_tab from './update_tab.js';
import delete_tab from './delete_tab.js';
import create_kb from './create_kb.js';
import create_kb_article from './create_kb_article.js';
import update_kb_article from './update_kb_article.js';
import get_kb_article from './get_kb_article.js';
import list_kb_articles from './list_kb_articles.js';
import search_kb_articles from './search_kb_articles.js';
import delete_kb_article from './delete_kb_article.js';
import destroy_kb_article from './destroy_kb_article.js';
import create_kb_category from './create_kb_category.js';
import update_kb_category from './update_kb_category.js';
import get_kb_category from './get_kb_category.js';
import list_kb_categories from './list_kb_categories.js';
import delete_kb_category from './delete_kb_category.js';
import destroy_kb_category from './destroy_kb_category.js';
import list_kb_category_articles from './list_kb_category_articles.js';
import reorder_kb_category_articles from './reorder_kb_category_articles.js';
import create_kb_site from './create_kb_site.js';
import update_kb_site from './update_kb_site.js';
import get_kb_site from './get_kb_site.js';
import list_kb_sites from './list_kb_sites.js';
import delete_kb_site from './delete_kb_site.js';
import create_kb_site_link from './create_kb_site_link.js';
import update_kb_site_link from './update_kb_site_link.js';
import delete_kb_site_link from './delete_kb_site_link.js';
import list_kb_fonts from './list_kb_fonts.js';
import list_kb_languages from './list_kb_languages.js';
import get_kb_settings from './get_kb_settings.js';
import update_kb_settings from './update_kb_settings.js';
import check_kb_subdomain from './check_kb_subdomain.js';
import update_kb_subdomain from './update_kb_subdomain.js';
import check_kb_domain from './check_kb_domain.js';
import add_kb_domain_candidate from './add_kb_domain_candidate.js';
import remove_kb_domain_candidate from './remove_kb_domain_candidate.js';
import remove_kb_domain from './remove_kb_domain.js';
import create_webhook from './create_webhook.js';
import get_webhook from './get_webhook.js';
import list_webhooks from './list_webhooks.js';
import update_webhook from './update_webhook.js';
import delete_webhook from './delete_webhook.js';
import get_chat_metrics from './get_chat_metrics.js';
import get_new_ticket_metrics from './get_new_ticket_metrics.js';
import get_reopened_ticket_metrics from './get_reopened_ticket_metrics.js';
import get_resolved_ticket_metrics from './get_resolved_ticket_metrics.js';
import get_ticket_response_metrics from './get_ticket_response_metrics.js';

export default {
  api,
  tools: [
    list_properties,
    get_property,
    create_property,
    create_widget,
    get_widget,
    update_widget,
    delete_widget,
    create_widget_card,
    update_widget_card,
    delete_widget_card,
    get_global_widget_settings,
    update_global_widget_settings,
    list_widget_api_keys,
    get_current_agent,
    get_agent,
    list_members,
    list_member_invites,
    invite_member,
    update_member_invite,
    cancel_member_invite,
    enable_member,
    disable_member,
    update_member_permissions,
    remove_member,
    list_chats,
    get_chat,
    list_tickets,
    get_ticket,
    get_contact,
    list_contact_attributes,
    create_tab,
    list_available_tabs,
    get_tab,
    list_tabs,
    update_tab,
    delete_tab,
    create_kb,
    create_kb_article,
    update_kb_article,
    get_kb_article,
    list_kb_articles,
    search_kb_articles,
    delete_kb_article,
    destroy_kb_article,
    create_kb_category,
    update_kb_category,
    get_kb_category,
    list_kb_categories,
    delete_kb_category,
    destroy_kb_category,
    list_kb_category_articles,
    reorder_kb_category_articles,
    create_kb_site,
    update_kb_site,
    get_kb_site,
    list_kb_sites,
    delete_kb_site,
    create_kb_site_link,
    update_kb_site_link,
    delete_kb_site_link,
    list_kb_fonts,
    list_kb_languages,
    get_kb_settings,
    update_kb_settings,
    check_kb_subdomain,
    update_kb_subdomain,
    check_kb_domain,
    add_kb_domain_candidate,
    remove_kb_domain_candidate,
    remove_kb_domain,
    create_webhook,
    get_webhook,
    list_webhooks,
    update_webhook,
    delete_webhook,
    get_chat_metrics,
    get_new_ticket_metrics,
    get_reopened_ticket_metrics,
    get_resolved_ticket_metrics,
    get_ticket_response_metrics,
  ],
};
