"""Tests of the `webhooks:` section of openapi.yaml against what a real Mautic 5.1.0 POSTed.

Every recorded POST must validate against the schema of each trigger it carries, and shapes that Mautic never
sends must be refused: each refusal test first checks that the unchanged real body is accepted, so it fails if
the schema is too loose *or* if the mutation is not what makes the difference.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from typing import Any

import pytest
from deliveries import POSTS_IN_RECORDINGS, Delivery, all_deliveries, trigger_files

from mautic_hooks_contract.runner.spec_schema import resolve, spec, validator_for

HEADERS = ("Webhook-Signature", "X-Origin-Base-URL", "Content-Type", "User-Agent")
CITATION = re.compile(r"[A-Za-z]+\.php:\d+")


def webhook(trigger: str) -> dict[str, Any]:
    return spec()["webhooks"][trigger]["post"]


def body_schema(trigger: str) -> dict[str, Any]:
    return webhook(trigger)["requestBody"]["content"]["application/json"]["schema"]


def errors(trigger: str, body: Any) -> list[str]:
    return [
        f"{error.json_path}: {error.message}"
        for error in validator_for(body_schema(trigger)).iter_errors(body)
    ]


# --- structure ----------------------------------------------------------------------------------------


def test_one_webhook_per_trigger_of_the_catalogue() -> None:
    catalogue = spec()["components"]["examples"]["CoreTriggers"]["value"]["triggers"]
    assert sorted(spec()["webhooks"]) == sorted(catalogue) == trigger_files()
    assert len(catalogue) == 14


@pytest.mark.parametrize("trigger", trigger_files())
def test_each_webhook_is_documented_cited_and_unauthenticated(trigger: str) -> None:
    operation = webhook(trigger)
    assert list(spec()["webhooks"][trigger]) == ["post"]
    assert operation["summary"] and operation["tags"] == ["deliveries"]
    assert CITATION.search(operation["description"])
    assert operation["security"] == [], "Mautic's POST carries no credentials, only the signature"
    event = resolve(body_schema(trigger)["properties"][trigger]["items"])
    assert "timestamp" in event["required"] and CITATION.search(event["description"])
    assert body_schema(trigger)["required"] == [trigger]
    assert body_schema(trigger)["properties"][trigger]["minItems"] == 1


@pytest.mark.parametrize("trigger", trigger_files())
def test_each_webhook_states_the_headers_and_the_answers_mautic_expects(trigger: str) -> None:
    operation = webhook(trigger)
    parameters = {p["name"]: p for p in operation["parameters"]}
    assert list(parameters) == list(HEADERS)
    assert all(p["in"] == "header" and p["required"] for p in parameters.values())
    responses = operation["responses"]
    assert set(responses) == {"200", "410", "default"}
    assert "200 to 299" in responses["200"]["description"]
    assert "unpublishes" in responses["410"]["description"]
    assert "never" in responses["default"]["description"] and "3xx" in responses["default"]["description"]


@pytest.mark.parametrize("trigger", trigger_files())
def test_each_example_validates(trigger: str) -> None:
    examples = webhook(trigger)["requestBody"]["content"]["application/json"]["examples"]
    assert examples
    for example in examples.values():
        assert not errors(trigger, example["value"])
    for parameter in webhook(trigger)["parameters"]:
        if "example" in parameter:
            validator_for(parameter["schema"]).validate(parameter["example"])


def test_webhook_components_are_one_prefixed_block_at_the_end() -> None:
    names = list(spec()["components"]["schemas"])
    ours = [i for i, name in enumerate(names) if name.startswith("Webhook")]
    assert ours == list(range(len(names) - len(ours), len(names))), (
        "keep the Webhook* components contiguous, last"
    )
    assert list(spec())[-1] == "webhooks"


# --- every recorded POST validates ----------------------------------------------------------------------


def test_every_recorded_post_is_used() -> None:
    assert len(all_deliveries()) == POSTS_IN_RECORDINGS


@pytest.mark.parametrize("delivery", all_deliveries(), ids=lambda d: d.name)
def test_recorded_body_validates_against_each_trigger_it_carries(delivery: Delivery) -> None:
    assert delivery.body
    for trigger in delivery.body:
        assert not errors(trigger, delivery.body), f"{delivery.name} as {trigger}"


@pytest.mark.parametrize("delivery", all_deliveries(), ids=lambda d: d.name)
def test_recorded_headers_validate(delivery: Delivery) -> None:
    trigger = next(iter(delivery.body))
    for parameter in webhook(trigger)["parameters"]:
        validator_for(parameter["schema"]).validate(delivery.headers[parameter["name"]])


@pytest.mark.parametrize("delivery", all_deliveries(), ids=lambda d: d.name)
def test_timestamp_is_every_events_last_key(delivery: Delivery) -> None:
    """What the document says of the key order, checked on the recordings (a schema cannot express it)."""
    for events in delivery.body.values():
        assert all(list(event)[-1] == "timestamp" for event in events)


# --- shapes Mautic never sends are refused ---------------------------------------------------------------


def sample(trigger: str, action: str | None = None) -> dict[str, Any]:
    """A deep copy of a recorded one-trigger body, from the trigger's own file (the first one, or `action`'s)."""
    for delivery in all_deliveries():
        if delivery.file == f"{trigger}.json" and (action is None or delivery.action == action):
            return copy.deepcopy(delivery.body)
    raise LookupError(f"no sample of {trigger} {action or ''}")


def event(body: dict[str, Any]) -> dict[str, Any]:
    return next(iter(body.values()))[0]


def rename_key(body: dict[str, Any], new: str) -> None:
    body[new] = body.pop(next(iter(body)))


Mutation = Callable[[dict[str, Any]], None]

REFUSED: list[tuple[str, str, str | None, Mutation]] = [
    # the envelope
    (
        "wrong trigger key",
        "mautic.lead_points_change",
        None,
        lambda b: rename_key(b, "mautic.lead_points_changed"),
    ),
    (
        "another trigger's key",
        "mautic.lead_points_change",
        None,
        lambda b: rename_key(b, "mautic.lead_post_delete"),
    ),
    ("no event", "mautic.lead_points_change", None, lambda b: b.update({"mautic.lead_points_change": []})),
    (
        "event list as an object",
        "mautic.form_on_submit",
        None,
        lambda b: b.update({"mautic.form_on_submit": event(b)}),
    ),
    ("missing timestamp", "mautic.page_on_hit", None, lambda b: event(b).pop("timestamp")),
    (
        "timestamp without offset",
        "mautic.company_post_save",
        None,
        lambda b: event(b).update(timestamp="2026-12-01 08:26:48"),
    ),
    (
        "unknown trigger's event without timestamp",
        "mautic.lead_points_change",
        None,
        lambda b: b.update({"plugin.event": [{"id": 1}]}),
    ),
    # strings where integers are required, and the reverse
    (
        "new_points as a string",
        "mautic.lead_points_change",
        None,
        lambda b: event(b)["points"].update(new_points="5"),
    ),
    (
        "contact id as a string",
        "mautic.lead_post_save_update",
        None,
        lambda b: event(b)["contact"].update(id="2"),
    ),
    ("deleted id as a string", "mautic.lead_post_delete", None, lambda b: event(b).update(id="4")),
    ("smsId as a string", "mautic.sms_on_send", None, lambda b: event(b).update(smsId="1")),
    (
        "stored field id as an integer",
        "mautic.lead_post_save_update",
        None,
        lambda b: event(b)["contact"]["fields"]["core"]["email"].update(id=6),
    ),
    (
        "ContactArray id as an integer",
        "mautic.email_on_send",
        None,
        lambda b: event(b)["contact"].update(id=6),
    ),
    # `[]` is the only empty form of an object...
    (
        "empty field group as {}",
        "mautic.lead_post_save_update",
        None,
        lambda b: event(b)["contact"]["fields"].update(personal={}),
    ),
    ("hit.ipAddress as {}", "mautic.page_on_hit", None, lambda b: event(b)["hit"].update(ipAddress={})),
    (
        "no e-mail headers as {}",
        "mautic.email_on_send",
        "email_send_to_contact",
        lambda b: event(b).update(headers={}),
    ),
    (
        "created field without properties as {}",
        "mautic.lead_post_save_new",
        "contact_create",
        lambda b: event(b)["contact"]["fields"]["core"]["email"].update(properties={}),
    ),
    # ... and `[]` only means empty
    (
        "hit.ipAddress as a non-empty list",
        "mautic.page_on_hit",
        None,
        lambda b: event(b)["hit"].update(ipAddress=["127.0.0.1"]),
    ),
    ("contact as []", "mautic.lead_post_save_new", None, lambda b: event(b).update(contact=[])),
    ("points as []", "mautic.lead_points_change", None, lambda b: event(b).update(points=[])),
    ("fields as []", "mautic.company_post_save", None, lambda b: event(b)["company"].update(fields=[])),
    # nulls are always present
    ("null key omitted", "mautic.lead_post_save_new", None, lambda b: event(b)["contact"].pop("color")),
    ("deleted company without its id", "mautic.company_post_delete", None, lambda b: event(b).pop("id")),
    (
        "unknown status verb",
        "mautic.lead_channel_subscription_changed",
        None,
        lambda b: event(b).update(new_status="blocked"),
    ),
]


@pytest.mark.parametrize(("case", "trigger", "action", "mutate"), REFUSED, ids=[c[0] for c in REFUSED])
def test_wrong_shape_is_refused(case: str, trigger: str, action: str | None, mutate: Mutation) -> None:
    body = sample(trigger, action)
    assert not errors(trigger, body), "the unchanged recording must validate"
    mutate(body)
    assert errors(trigger, body), f"{case}: accepted"


ACCEPTED: list[tuple[str, str, Mutation]] = [
    (
        "a custom contact field",
        "mautic.lead_post_save_update",
        lambda b: event(b)["contact"]["fields"]["core"].update(
            shoe_size={**event(b)["contact"]["fields"]["core"]["email"], "alias": "shoe_size", "value": 44}
        ),
    ),
    (
        "a plugin's key on an entity",
        "mautic.company_post_save",
        lambda b: event(b)["company"].update(plugin_score=3),
    ),
    (
        "a plugin trigger in the same POST",
        "mautic.lead_points_change",
        lambda b: b.update(
            {"plugin.thing_happened": [{"thing": 1, "timestamp": "2026-12-01T08:26:19+00:00"}]}
        ),
    ),
    (
        "a custom field in the plain profile array",
        "mautic.email_on_send",
        lambda b: event(b)["contact"].update(shoe_size="44"),
    ),
]


@pytest.mark.parametrize(("case", "trigger", "change"), ACCEPTED, ids=[c[0] for c in ACCEPTED])
def test_deliveries_beyond_the_recordings_still_validate(case: str, trigger: str, change: Mutation) -> None:
    body = sample(trigger)
    change(body)
    assert not errors(trigger, body), case
