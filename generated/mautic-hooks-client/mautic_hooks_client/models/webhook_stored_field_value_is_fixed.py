from typing import Literal

WebhookStoredFieldValueIsFixed = Literal["0", "1"]

WEBHOOK_STORED_FIELD_VALUE_IS_FIXED_VALUES: set[WebhookStoredFieldValueIsFixed] = {
    "0",
    "1",
}


def check_webhook_stored_field_value_is_fixed(value: str) -> WebhookStoredFieldValueIsFixed:
    if value in WEBHOOK_STORED_FIELD_VALUE_IS_FIXED_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEBHOOK_STORED_FIELD_VALUE_IS_FIXED_VALUES!r}")
