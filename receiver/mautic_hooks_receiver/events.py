"""Turn a webhook POST body into a list of typed events.

The envelope is `{trigger: [event, ...], ...}`; each event ends with the `timestamp` of the moment Mautic queued
it. In the default mode a POST carries one event; in command mode one POST carries a batch under several trigger
keys, grouped by trigger, so neither the key order nor the list order is chronological
(`app/bundles/WebhookBundle/Model/WebhookModel.php:474-488`). `parse` therefore returns one flat list sorted by
timestamp (stable: events of the same second keep the order Mautic sent them in).

The event models are the ones generated from openapi.yaml (`mautic_hooks_client.models.Webhook*Event`), so they
describe exactly what the contract documents. Their `from_dict` checks the structure (every documented key is
present), not every scalar type: validate against the contract for that.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from mautic_hooks_client.models import (
    WebhookCompanyChangeEvent,
    WebhookCompanyDeletedEvent,
    WebhookCompanySavedEvent,
    WebhookContactDeletedEvent,
    WebhookContactSavedEvent,
    WebhookEmailOpenEvent,
    WebhookEmailSendEvent,
    WebhookFormSubmitEvent,
    WebhookPageHitEvent,
    WebhookPointsChangeEvent,
    WebhookSegmentChangeEvent,
    WebhookSmsSendEvent,
    WebhookSubscriptionChangeEvent,
)

EventModel = (
    WebhookCompanyChangeEvent
    | WebhookCompanyDeletedEvent
    | WebhookCompanySavedEvent
    | WebhookContactDeletedEvent
    | WebhookContactSavedEvent
    | WebhookEmailOpenEvent
    | WebhookEmailSendEvent
    | WebhookFormSubmitEvent
    | WebhookPageHitEvent
    | WebhookPointsChangeEvent
    | WebhookSegmentChangeEvent
    | WebhookSmsSendEvent
    | WebhookSubscriptionChangeEvent
)

# Mautic 5.1's trigger catalogue (GET /api/hooks/triggers) → the model of its events.
MODELS: Mapping[str, type[EventModel]] = {
    "mautic.lead_post_save_new": WebhookContactSavedEvent,
    "mautic.lead_post_save_update": WebhookContactSavedEvent,
    "mautic.lead_points_change": WebhookPointsChangeEvent,
    "mautic.lead_post_delete": WebhookContactDeletedEvent,
    "mautic.lead_channel_subscription_changed": WebhookSubscriptionChangeEvent,
    "mautic.lead_company_change": WebhookCompanyChangeEvent,
    "mautic.lead_list_change": WebhookSegmentChangeEvent,
    "mautic.company_post_save": WebhookCompanySavedEvent,
    "mautic.company_post_delete": WebhookCompanyDeletedEvent,
    "mautic.form_on_submit": WebhookFormSubmitEvent,
    "mautic.page_on_hit": WebhookPageHitEvent,
    "mautic.email_on_send": WebhookEmailSendEvent,
    "mautic.email_on_open": WebhookEmailOpenEvent,
    "mautic.sms_on_send": WebhookSmsSendEvent,
}

# What a model's from_dict raises when a documented key is missing or has the wrong kind of value.
_SHAPE_ERRORS = (KeyError, TypeError, ValueError, AttributeError)


class PayloadError(ValueError):
    """The body is not a Mautic webhook payload; the message says in one sentence what is wrong with it."""


@dataclass(frozen=True)
class Event:
    """One event of a POST: its trigger, when Mautic queued it, and its content.

    `model` is the typed event for the triggers of the core catalogue, None for others (a plugin's); `data` is
    the event as sent, for every trigger.
    """

    trigger: str
    timestamp: datetime.datetime
    data: dict[str, Any]
    model: EventModel | None

    @property
    def known(self) -> bool:
        return self.model is not None


def parse(raw_body: bytes | str) -> list[Event]:
    """Every event of a webhook POST body, sorted by timestamp; raises PayloadError for anything else."""
    try:
        text = (
            bytes(raw_body).decode("utf-8")
            if isinstance(raw_body, bytes | bytearray | memoryview)
            else raw_body
        )
        payload = json.loads(text)
    except (ValueError, TypeError) as error:  # UnicodeDecodeError is a ValueError
        raise PayloadError(f"The body is not UTF-8 JSON ({error}).") from None
    if not isinstance(payload, dict) or not payload:
        raise PayloadError("The body is not a JSON object of trigger names, as Mautic sends.")
    events = [
        _event(trigger, index, data)
        for trigger, items in payload.items()
        for index, data in enumerate(_event_list(trigger, items))
    ]
    return sorted(events, key=lambda event: event.timestamp)


def _event_list(trigger: str, items: Any) -> list[Any]:
    if not isinstance(items, list) or not items:
        raise PayloadError(f"The value of {trigger!r} is not a non-empty list of events.")
    return items


def _event(trigger: str, index: int, data: Any) -> Event:
    where = f"Event {index} of {trigger!r}"
    if not isinstance(data, dict):
        raise PayloadError(f"{where} is not a JSON object.")
    timestamp = _timestamp(where, data.get("timestamp"))
    model_class = MODELS.get(trigger)
    try:
        model = model_class.from_dict(data) if model_class else None
    except _SHAPE_ERRORS as error:
        detail = (
            f"missing key {error}" if isinstance(error, KeyError) else "a value is not of the documented kind"
        )
        raise PayloadError(f"{where} does not have the documented shape ({detail}).") from None
    return Event(trigger=trigger, timestamp=timestamp, data=data, model=model)


def _timestamp(where: str, value: Any) -> datetime.datetime:
    try:
        timestamp = datetime.datetime.fromisoformat(value)
    except (TypeError, ValueError):
        timestamp = None
    if timestamp is None or timestamp.tzinfo is None:
        raise PayloadError(f"{where} has no ISO-8601 `timestamp` with an offset (got {value!r}).")
    return timestamp
