"""Hypothesis strategies for hook bodies whose round trip through Mautic is exactly predictable.

Mautic cleans text input (strips tags, decodes entities, trims: app/bundles/CoreBundle/Form/RequestTrait.php:156-166),
so echo properties draw text that cleaning leaves unchanged; cleaning itself is the sandbox tests' business.
"""

from __future__ import annotations

import json
import string
from typing import Any

from hypothesis import strategies as st

CORE_TRIGGERS = (
    "mautic.company_post_save",
    "mautic.company_post_delete",
    "mautic.lead_channel_subscription_changed",
    "mautic.lead_company_change",
    "mautic.lead_post_delete",
    "mautic.lead_post_save_new",
    "mautic.lead_points_change",
    "mautic.lead_list_change",
    "mautic.lead_post_save_update",
    "mautic.email_on_open",
    "mautic.email_on_send",
    "mautic.form_on_submit",
    "mautic.page_on_hit",
    "mautic.sms_on_send",
)

_ALPHABET = string.ascii_letters + string.digits + " .,;:!?-_()[]/#+*=@" + "éüßøçåñ"
_text = st.text(_ALPHABET, min_size=1, max_size=40).map(str.strip).filter(bool)

names = _text
descriptions = st.none() | _text
directions = st.sampled_from([None, "ASC", "DESC"])
trigger_lists = st.lists(st.sampled_from(CORE_TRIGGERS), max_size=6)
# Items that are no strings: Mautic accepts them, echoes them as sent and stores PHP's string form
# (WebhookApiController.php:66-84, Webhook.php:337-362; the recordings' probes 95, 97, 98).
odd_trigger_items = st.integers(0, 10**6) | st.sampled_from(
    [[], {}, [CORE_TRIGGERS[0]], {"k": CORE_TRIGGERS[1]}]
)
mixed_trigger_lists = st.lists(st.sampled_from(CORE_TRIGGERS) | odd_trigger_items, max_size=6)
secrets_ = st.none() | st.text(string.ascii_letters + string.digits, min_size=8, max_size=64)


@st.composite
def hook_bodies(draw: st.DrawFn, *, odd_triggers: bool = False) -> dict[str, Any]:
    """A create/replace body; the safety marks (prefix, sink, unpublished) are added by the ledger.
    `odd_triggers` mixes in trigger items that are no strings (only a create's echo of them is simple)."""
    body: dict[str, Any] = {
        "name": draw(names),
        "triggers": draw(mixed_trigger_lists if odd_triggers else trigger_lists),
    }
    if (description := draw(descriptions)) is not None:
        body["description"] = description
    if (direction := draw(directions)) is not None:
        body["eventsOrderbyDir"] = direction
    if (secret := draw(secrets_)) is not None:
        body["secret"] = secret
    return body


@st.composite
def patch_bodies(draw: st.DrawFn) -> dict[str, Any]:
    """A PATCH body: any subset of the editable fields (unpublished stays unpublished)."""
    fields = {
        "name": names,
        "description": descriptions,
        "eventsOrderbyDir": directions,
        "triggers": trigger_lists,
        "secret": st.text(string.ascii_letters + string.digits, min_size=8, max_size=64),
    }
    chosen = draw(st.sets(st.sampled_from(sorted(fields)), max_size=len(fields)))
    return {key: draw(fields[key]) for key in sorted(chosen)}


def unique_in_order(values: list[Any]) -> list[Any]:
    """Mautic collapses duplicate triggers, keeping the first occurrence: an item is a duplicate when it is
    PHP-identical (`===`) to an earlier one (Webhook.php:350-377). JSON `{}` decodes to PHP's empty array,
    so it is echoed, and compared, as `[]`."""
    kept: dict[str, Any] = {}
    for value in values:
        value = [] if value == {} else value
        kept.setdefault(json.dumps(value), value)
    return list(kept.values())
