"""``python -m mautic_hooks_contract.sandbox fire TRIGGER``: the triggers the sandbox does not emulate, from recorded samples."""

from __future__ import annotations

import json

import pytest
from delivery_support import HEADER_ORDER, recording, schema_errors
from mautic_hooks_receiver import verify

from mautic_hooks_contract.sandbox.launcher import run_command
from mautic_hooks_contract.sandbox.triggers import KEYS


@pytest.mark.parametrize("trigger", KEYS)
def test_fire_sends_the_recorded_event_with_a_fresh_timestamp(trigger, hooks, receiver, sandbox):
    hook = hooks.make("/fire", [trigger], secret="fire-secret")
    result = run_command("fire", trigger, "--db", str(sandbox.db_path), "--hook", str(hook["id"]))
    assert result.returncode == 0, result.stderr
    (delivery,) = receiver.wait_for(1, path="/fire")
    assert delivery.header_names == HEADER_ORDER
    assert verify(delivery.body, delivery.header("Webhook-Signature"), "fire-secret")
    recorded = recording(f"{trigger}.json")["deliveries"][0]["raw_body"]
    # byte-equal up to the timestamp, the event's last key
    assert (
        delivery.body[: -len('"2026-12-01T00:00:00+00:00"}]}')]
        == recorded[: -len('"2026-12-01T00:00:00+00:00"}]}')].encode()
    )
    assert list(json.loads(delivery.body)[trigger][0])[-1] == "timestamp"
    assert schema_errors(json.loads(delivery.body)) == []


def test_fire_takes_a_payload_file(tmp_path, hooks, receiver, sandbox):
    hooks.make("/fire-file", ["mautic.form_on_submit"])
    payload = tmp_path / "event.json"
    payload.write_text(json.dumps({"submission": {"id": 7}}))
    result = run_command(
        "fire", "mautic.form_on_submit", "--db", str(sandbox.db_path), "--payload", str(payload)
    )
    assert result.returncode == 0, result.stderr
    (delivery,) = receiver.wait_for(1, path="/fire-file")
    event = json.loads(delivery.body)["mautic.form_on_submit"][0]
    assert list(event) == ["submission", "timestamp"] and event["submission"] == {"id": 7}
