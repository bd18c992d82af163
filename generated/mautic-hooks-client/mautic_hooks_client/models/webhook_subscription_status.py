from typing import Literal

WebhookSubscriptionStatus = Literal["bounced", "contactable", "manual", "unsubscribed"]

WEBHOOK_SUBSCRIPTION_STATUS_VALUES: set[WebhookSubscriptionStatus] = {
    "bounced",
    "contactable",
    "manual",
    "unsubscribed",
}


def check_webhook_subscription_status(value: str) -> WebhookSubscriptionStatus:
    if value in WEBHOOK_SUBSCRIPTION_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEBHOOK_SUBSCRIPTION_STATUS_VALUES!r}")
