"""parse() on every recorded POST: each event comes back typed with its trigger's generated model, losslessly."""

from __future__ import annotations

import datetime
import json

import pytest
from deliveries import Delivery, all_deliveries
from mautic_hooks_client import models
from mautic_hooks_receiver import MODELS, PayloadError, parse

DELIVERIES = all_deliveries()


def test_every_core_trigger_has_a_model() -> None:
    assert sorted(MODELS) == sorted(
        {d.file.removesuffix(".json") for d in DELIVERIES if d.file.startswith("mautic.")}
    )


@pytest.mark.parametrize("delivery", DELIVERIES, ids=lambda d: d.name)
def test_every_recorded_post_parses_into_its_models(delivery: Delivery) -> None:
    events = parse(delivery.raw_body)
    sent = [(trigger, event) for trigger, items in delivery.body.items() for event in items]
    assert len(events) == len(sent)
    assert sorted((e.trigger, json.dumps(e.data)) for e in events) == sorted(
        (t, json.dumps(e)) for t, e in sent
    )
    for event in events:
        assert isinstance(event.model, MODELS[event.trigger]) and event.known
        assert event.model.to_dict() == event.data, "the model keeps every key and value it was given"
        assert event.timestamp.tzinfo is not None
        assert (
            event.timestamp
            == datetime.datetime.fromisoformat(event.data["timestamp"])
            == event.model.timestamp
        )


@pytest.mark.parametrize("delivery", [d for d in DELIVERIES if len(d.body) > 1], ids=lambda d: d.name)
def test_a_command_mode_batch_comes_back_as_one_chronological_list(delivery: Delivery) -> None:
    events = parse(delivery.raw_body)
    assert {e.trigger for e in events} == set(delivery.body) and len(set(delivery.body)) > 1
    assert [e.timestamp for e in events] == sorted(e.timestamp for e in events)
    for trigger, items in delivery.body.items():  # stable: equal timestamps keep Mautic's order
        assert [e.data for e in events if e.trigger == trigger] == sorted(items, key=lambda i: i["timestamp"])


def test_descending_batches_are_reordered() -> None:
    """Hook `q-desc` (eventsOrderbyDir DESC) gets the newest events first; parse() sorts them back."""
    batch = next(d for d in DELIVERIES if d.seq == 783)
    first_key_times = [e["timestamp"] for e in next(iter(batch.body.values()))]
    assert first_key_times == sorted(first_key_times, reverse=True) and len(set(first_key_times)) > 1
    times = [e.timestamp for e in parse(batch.raw_body)]
    assert times == sorted(times)


def by_seq(seq: int) -> Delivery:
    return next(d for d in DELIVERIES if d.seq == seq)


def test_the_quirks_come_through_typed() -> None:
    created = parse(next(d for d in DELIVERIES if d.action == "contact_create").raw_body)[0].model
    assert isinstance(created, models.WebhookContactSavedEvent)
    core = created.contact.fields["core"]
    assert isinstance(core["email"], models.WebhookCreatedFieldValue) and core["email"].id == 6  # shape A
    assert created.contact.fields["personal"] == []  # an empty group is []

    updated = parse(next(d for d in DELIVERIES if d.file == "mautic.lead_post_save_update.json").raw_body)[
        0
    ].model
    assert isinstance(updated.contact.fields["core"]["email"], models.WebhookStoredFieldValue)  # shape B
    assert updated.contact.fields["core"]["email"].id == "6"

    deleted = parse(next(d for d in DELIVERIES if d.file == "mautic.lead_post_delete.json").raw_body)[0].model
    assert deleted.contact.id is None and isinstance(deleted.id, int)

    sent = parse(next(d for d in DELIVERIES if d.file == "mautic.email_on_send.json").raw_body)[0].model
    assert isinstance(sent.contact, models.WebhookContactArray) and isinstance(sent.contact.id, str)

    points = parse(by_seq(6).raw_body)[0].model
    assert (points.points.old_points, points.points.new_points, points.contact.points) == (
        0,
        5,
        0,
    )  # old points


def test_a_plugin_trigger_is_kept_raw() -> None:
    body = json.dumps(
        {
            "plugin.thing_happened": [{"thing": 1, "timestamp": "2026-12-01T08:26:20+00:00"}],
            **by_seq(6).body,
        }
    )
    events = parse(body.encode())
    assert [e.trigger for e in events] == ["mautic.lead_points_change", "plugin.thing_happened"]
    plugin = events[1]
    assert (
        plugin.model is None
        and not plugin.known
        and plugin.data == {"thing": 1, "timestamp": plugin.data["timestamp"]}
    )


POINTS = json.dumps(by_seq(6).body)


def points_body(change) -> bytes:
    body = json.loads(POINTS)
    change(body["mautic.lead_points_change"][0])
    return json.dumps(body).encode()


MALFORMED = {
    "not JSON": b"<html>",
    "not UTF-8": b"\xff\xfe{",
    "a list": b"[]",
    "a string": b'"mautic.lead_points_change"',
    "an empty object": b"{}",
    "events not a list": b'{"mautic.lead_points_change": {"timestamp": "2026-12-01T08:26:19+00:00"}}',
    "no event": b'{"mautic.lead_points_change": []}',
    "an event not an object": b'{"mautic.lead_points_change": [42]}',
    "no timestamp": b'{"plugin.x": [{"id": 1}]}',
    "a timestamp without offset": b'{"plugin.x": [{"timestamp": "2026-12-01 08:26:19"}]}',
    "a timestamp that is not a date": b'{"plugin.x": [{"timestamp": 1764577579}]}',
    "a documented key missing": points_body(lambda event: event.pop("points")),
    "a nested documented key missing": points_body(lambda event: event["points"].pop("new_points")),
    "a documented object as a string": points_body(lambda event: event.update(points="0 -> 5")),
}


@pytest.mark.parametrize("body", MALFORMED.values(), ids=MALFORMED.keys())
def test_anything_else_raises_one_payload_error_with_one_sentence(body: bytes) -> None:
    with pytest.raises(PayloadError) as raised:
        parse(body)
    message = str(raised.value)
    assert message.endswith(".") and "\n" not in message and message[0].isupper()
    assert isinstance(raised.value, ValueError)  # one class, catchable as ValueError too


def test_the_unchanged_points_body_parses() -> None:
    """The two 'key missing' bodies above differ from a real one by one key only."""
    assert parse(POINTS.encode())[0].model.points.new_points == 5
