from typing import Literal

WebhookSegmentAction = Literal["added", "removed"]

WEBHOOK_SEGMENT_ACTION_VALUES: set[WebhookSegmentAction] = {
    "added",
    "removed",
}


def check_webhook_segment_action(value: str) -> WebhookSegmentAction:
    if value in WEBHOOK_SEGMENT_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEBHOOK_SEGMENT_ACTION_VALUES!r}")
