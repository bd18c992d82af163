"""The webhook trigger catalogue returned by GET /api/hooks/triggers.

Fourteen core triggers, sorted by label (WebhookBuilderEvent.php:43-54 uses strnatcasecmp). Five
descriptions have no translation, so Mautic prints the raw key (WebhookBuilderEvent.php:26-36).
Registrations: app/bundles/{Lead,Email,Form,Page,Sms}Bundle/EventListener/WebhookSubscriber.php.
"""

from __future__ import annotations

from .serialize import encode_controller

CATALOGUE: dict[str, dict[str, str]] = {
    "mautic.company_post_save": {
        "label": "Company Create/Update Event",
        "description": "Triggered when a company is created/updated",
    },
    "mautic.company_post_delete": {
        "label": "Company Deleted Event",
        "description": "Triggered when a company is deleted",
    },
    "mautic.lead_channel_subscription_changed": {
        "label": "Contact Channel Subscription Change Event",
        "description": "Triggered when a contact's channel subscription status changes.",
    },
    "mautic.lead_company_change": {
        "label": "Contact Company Subscription Change Event",
        "description": "Triggered when a company is added or removed to/from contact",
    },
    "mautic.lead_post_delete": {
        "label": "Contact Deleted Event",
        "description": "Triggered when a contact is deleted.",
    },
    "mautic.lead_post_save_new": {
        "label": "Contact Identified Event",
        "description": "Triggered when a contact is identified.",
    },
    "mautic.lead_points_change": {
        "label": "Contact Points Changed Event",
        "description": "Triggered when a contact's points are modified.",
    },
    "mautic.lead_list_change": {
        "label": "Contact Segment Membership Change Event",
        "description": "Triggered when a contact segment membership is changed",
    },
    "mautic.lead_post_save_update": {
        "label": "Contact Updated Event",
        "description": "Triggered when a contact is updated.",
    },
    "mautic.email_on_open": {
        "label": "Email Open Event",
        "description": "mautic.email.webhook.event.open_desc",
    },
    "mautic.email_on_send": {
        "label": "Email Send Event",
        "description": "mautic.email.webhook.event.send_desc",
    },
    "mautic.form_on_submit": {
        "label": "Form Submit Event",
        "description": "mautic.form.webhook.event.form.submit_desc",
    },
    "mautic.page_on_hit": {"label": "Page Hit Event", "description": "mautic.page.webhook.event.hit_desc"},
    "mautic.sms_on_send": {"label": "Text Send Event", "description": "mautic.sms.webhook.event.send_desc"},
}

KEYS = tuple(CATALOGUE)
# The body never changes, so it is encoded once.
TRIGGERS_BODY = encode_controller({"triggers": CATALOGUE})
