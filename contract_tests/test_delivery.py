"""Clause group "delivery" (optional, CONTRACT_DELIVERY=1): the instance POSTs what openapi.yaml's
``webhooks:`` section says, signed with the hook's secret.

The suite starts a receiver, creates one published hook of its own (reserved name, random secret, URL = the
receiver) on the four contact triggers and one unpublished twin, then creates a contact with a reserved
address (``mhc-contract-<run>@example.invalid``), changes it, adds points and deletes it. Each clause then
checks what arrived. The hooks and the contact are the run's: the ledger deletes them on every exit. Any other
published hook on the instance that subscribes to contact triggers receives the test contact's events too,
which is why the group is off against a remote instance unless asked for.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from typing import Any

import pytest

from mautic_hooks_contract.runner import spec_schema
from mautic_hooks_contract.runner.api import RESERVED_PREFIX, expect_status, hooks_in
from mautic_hooks_contract.runner.receiver import DELIVERY_TRIGGERS, Delivery, Receiver
from mautic_hooks_contract.runner.redact import remember
from mautic_hooks_contract.runner.session import RUN, SETTINGS

pytestmark = [
    pytest.mark.writes,
    pytest.mark.skipif(not SETTINGS.delivery, reason="delivery clauses off (set CONTRACT_DELIVERY=1)"),
]

API, LEDGER = RUN.api, RUN.ledger
TRIGGERS = DELIVERY_TRIGGERS
# What the scenario fires, in order (DELIVERIES.md §4.15 rows 1, 2, 4, 21): create, edit, points, delete.
EXPECTED = [
    "mautic.lead_post_save_new",
    "mautic.lead_post_save_update",
    "mautic.lead_points_change",
    "mautic.lead_post_save_update",
    "mautic.lead_post_delete",
]
WAIT = 30.0  # seconds for all deliveries to arrive; a real Mautic POSTs inside each call, so this is slack


class Scenario:
    def __init__(self, receiver: Receiver, path: str, secret: str, contact_id: int, quiet_path: str):
        self.receiver, self.path, self.secret = receiver, path, secret
        self.contact_id, self.quiet_path = contact_id, quiet_path
        self.deliveries: list[Delivery] = receiver.wait_for(len(EXPECTED), WAIT, path=path)

    def triggers(self) -> list[str]:
        return [trigger for d in self.deliveries for trigger in _body(d)]


def _body(delivery: Delivery) -> dict[str, Any]:
    try:
        body = json.loads(delivery.body)
    except ValueError:
        raise AssertionError(f"a delivery to {delivery.path} is not JSON: {delivery.body[:200]!r}") from None
    assert isinstance(body, dict), f"a delivery body is not a JSON object: {delivery.body[:200]!r}"
    return body


def _contacts(method: str, path: str, **kwargs: Any):
    return API.http.request(method, f"/contacts{path}", **kwargs)


def foreign_listeners() -> list[int]:
    """Published hooks of others that subscribe to a trigger the scenario fires: they would receive the
    test contact's events (and Mautic would unpublish them if their endpoints fail). Only hooks the
    identity may view are seen, so run the group as an administrator."""
    listed = expect_status(API.list(limit=0), 200)
    return [
        hook["id"]
        for hook in hooks_in(listed.get("hooks"))
        if hook.get("isPublished")
        and not str(hook.get("name") or "").startswith(RESERVED_PREFIX)
        and set(hook.get("triggers") or ()) & set(TRIGGERS)
    ]


@pytest.fixture(scope="module")
def scenario():
    others = foreign_listeners()
    if others:
        pytest.skip(
            f"{len(others)} other published hook(s) subscribe to contact triggers (ids {others[:10]}); they"
            " would receive the test contact's events, so the delivery clauses do not run"
        )
    host, port = SETTINGS.receiver_bind
    with Receiver(host=host, port=port) as receiver:
        base = SETTINGS.receiver_url or receiver.url
        token = secrets.token_hex(4)
        path, quiet_path = f"/mhc-contract/{token}/published", f"/mhc-contract/{token}/unpublished"
        secret = secrets.token_hex(32)
        remember(secret)  # masked in every report line, like the credentials
        LEDGER.create(
            API, publish=True, webhook_url=base + path, name="delivery", secret=secret, triggers=TRIGGERS
        )
        LEDGER.create(API, webhook_url=base + quiet_path, name="delivery-unpublished", triggers=TRIGGERS)
        email = f"{LEDGER.prefix.rstrip('-')}@example.invalid"
        created = _contacts(
            "POST", "/new", json={"firstname": "Contract", "lastname": "Delivery", "email": email}
        )
        contact_id = expect_status(created, 201)["contact"]["id"]
        LEDGER.contacts.add(contact_id)
        expect_status(_contacts("PATCH", f"/{contact_id}/edit", json={"city": "Delivery City"}), 200)
        expect_status(_contacts("POST", f"/{contact_id}/points/plus/3"), 200)
        deleted = _contacts("DELETE", f"/{contact_id}/delete")
        expect_status(deleted, 200)
        LEDGER.contacts.discard(contact_id)
        yield Scenario(receiver, path, secret, contact_id, quiet_path)


@pytest.mark.clause("delivery-arrives", "#/webhooks")
def test_each_event_arrives_once_in_order(scenario: Scenario) -> None:
    """One POST per event to the subscribed published hook, in the order the events happened."""
    assert scenario.triggers() == EXPECTED, (
        f"expected deliveries {EXPECTED}, got {scenario.triggers()} within {WAIT:.0f} s"
    )
    for delivery in scenario.deliveries:
        events = [event for items in _body(delivery).values() for event in items]
        assert len(events) == 1, f"immediate mode sends one event per POST, got {len(events)}"


@pytest.mark.clause("delivery-body-schema", "#/webhooks")
def test_each_body_matches_its_trigger_schema(scenario: Scenario) -> None:
    assert scenario.deliveries, "nothing arrived"
    for delivery in scenario.deliveries:
        body = _body(delivery)
        for trigger in body:
            assert trigger in spec_schema.documented_triggers(), f"undocumented trigger {trigger}"
            problems = spec_schema.webhook_errors(trigger, body)
            assert not problems, f"{trigger} body breaks openapi.yaml: {problems[:5]}"


@pytest.mark.clause("delivery-signature", "#/webhooks")
def test_each_body_is_signed_with_the_hook_secret(scenario: Scenario) -> None:
    """Webhook-Signature = base64(HMAC-SHA256(raw body, secret)), checked on the raw bytes."""
    assert scenario.deliveries, "nothing arrived"
    for delivery in scenario.deliveries:
        signature = delivery.header("Webhook-Signature")
        assert signature, f"a delivery has no Webhook-Signature header: {delivery.header_names}"
        assert hmac.compare_digest(signature.strip(), expected_signature(delivery.body, scenario.secret)), (
            f"the Webhook-Signature of a {list(_body(delivery))} delivery does not verify with the hook's secret"
        )
        assert delivery.header("Content-Type") == "application/json"


@pytest.mark.clause("delivery-payload-ids", "#/webhooks/mautic.lead_post_delete")
def test_the_payloads_name_the_contact(scenario: Scenario) -> None:
    """Each event carries the contact; the delete event the deleted id, with the contact's own id null."""
    assert scenario.deliveries, "nothing arrived"
    for delivery in scenario.deliveries:
        for trigger, (event, *_) in _body(delivery).items():
            if trigger == "mautic.lead_post_delete":
                assert event.get("id") == scenario.contact_id and event["contact"].get("id") is None, (
                    f"delete event names id {event.get('id')}, contact.id {event['contact'].get('id')}"
                )
            else:
                assert event["contact"].get("id") == scenario.contact_id
            assert list(event)[-1] == "timestamp", f"{trigger}: timestamp is not the event's last key"


@pytest.mark.clause("delivery-unpublished-silent", "#/webhooks")
def test_an_unpublished_hook_receives_nothing(scenario: Scenario) -> None:
    got = [d for d in scenario.receiver.deliveries if d.path.startswith(scenario.quiet_path)]
    assert not got, f"an unpublished hook received {len(got)} deliveries{describe_first(got)}"


def expected_signature(body: bytes, secret: str) -> str:
    """openapi.yaml's formula, stated here rather than borrowed from the receiver kit: the clause judges
    every implementation (the kit's verify included) and needs nothing the suite does not install."""
    return base64.b64encode(hmac.new(secret.encode(), body, hashlib.sha256).digest()).decode("ascii")


def describe_first(deliveries: list[Delivery]) -> str:
    return f": {deliveries[0].body[:200]!r}" if deliveries else ""
