from typing import Literal

CoreTriggerKey = Literal[
    "mautic.company_post_delete",
    "mautic.company_post_save",
    "mautic.email_on_open",
    "mautic.email_on_send",
    "mautic.form_on_submit",
    "mautic.lead_channel_subscription_changed",
    "mautic.lead_company_change",
    "mautic.lead_list_change",
    "mautic.lead_points_change",
    "mautic.lead_post_delete",
    "mautic.lead_post_save_new",
    "mautic.lead_post_save_update",
    "mautic.page_on_hit",
    "mautic.sms_on_send",
]

CORE_TRIGGER_KEY_VALUES: set[CoreTriggerKey] = {
    "mautic.company_post_delete",
    "mautic.company_post_save",
    "mautic.email_on_open",
    "mautic.email_on_send",
    "mautic.form_on_submit",
    "mautic.lead_channel_subscription_changed",
    "mautic.lead_company_change",
    "mautic.lead_list_change",
    "mautic.lead_points_change",
    "mautic.lead_post_delete",
    "mautic.lead_post_save_new",
    "mautic.lead_post_save_update",
    "mautic.page_on_hit",
    "mautic.sms_on_send",
}


def check_core_trigger_key(value: str) -> CoreTriggerKey:
    if value in CORE_TRIGGER_KEY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CORE_TRIGGER_KEY_VALUES!r}")
