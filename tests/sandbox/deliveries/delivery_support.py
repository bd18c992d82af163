"""Helpers for the delivery tests: the recorded samples, and comparing a sandbox delivery with one."""

from __future__ import annotations

import json
import re
from pathlib import Path

import httpx

from mautic_hooks_contract.sandbox.launcher import run_command

RECORDINGS = Path(__file__).resolve().parents[2] / "recordings" / "mautic-5.1.0" / "deliveries"
_DATE = re.compile(r"^\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(\+00:00)?$")
HEADER_ORDER = [
    "Host",
    "User-Agent",
    "Content-Type",
    "X-Origin-Base-URL",
    "Webhook-Signature",
    "Content-Length",
]


def recording(name: str) -> dict:
    return json.loads((RECORDINGS / name).read_text())


def all_recorded_deliveries() -> list[dict]:
    return [d for path in sorted(RECORDINGS.glob("*.json")) for d in recording(path.name)["deliveries"]]


def sample(trigger: str, action: str) -> dict:
    """The recorded delivery of ``trigger`` for the §4.15 action ``action``."""
    return next(d for d in recording(f"{trigger}.json")["deliveries"] if d["context"]["action"] == action)


def masked(value, users=("Admin Mautic", "Admin User")):
    """The value with what legitimately differs between two runs masked: dates, and the admin's display
    name (the recording's admin is "Admin Mautic", the sandbox's "Admin User")."""
    if isinstance(value, dict):
        return {k: masked(v, users) for k, v in value.items()}
    if isinstance(value, list):
        return [masked(v, users) for v in value]
    if isinstance(value, str) and _DATE.match(value):
        return "<date>"
    if value in users:
        return "<admin>"
    return value


def same_shape(actual: dict, expected: dict) -> None:
    """Assert two bodies are equal after masking, key order included."""
    left = json.dumps(masked(actual), indent=1)
    right = json.dumps(masked(expected), indent=1)
    assert left == right


def hook(api: httpx.Client, url: str, triggers, secret: str = "s3cret", **fields) -> dict:
    body = {
        "name": "delivery-test",
        "webhookUrl": url,
        "secret": secret,
        "triggers": list(triggers),
        **fields,
    }
    response = api.post("/hooks/new", json=body)
    assert response.status_code == 201, response.text
    return response.json()["hook"]


def logs(db_path, hook_id: int) -> list[dict]:
    result = run_command("webhook-logs", str(hook_id), "--db", str(db_path))
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def events(delivery) -> list[tuple[str, dict]]:
    """(trigger, event) pairs of a delivery's body, in body order."""
    return [(trigger, event) for trigger, items in json.loads(delivery.body).items() for event in items]


class Hooks:
    """Creates hooks for one test and deletes them afterwards, so tests do not hear each other."""

    def __init__(self, api: httpx.Client, receiver):
        self.api, self.receiver, self.ids = api, receiver, []

    def make(
        self, path: str, triggers=("mautic.lead_points_change",), secret: str = "s3cret", url=None, **fields
    ):
        created = hook(self.api, url or self.receiver.url + path, triggers, secret, **fields)
        self.ids.append(created["id"])
        return created

    def published(self, hook_id: int) -> bool:
        return self.api.get(f"/hooks/{hook_id}").json()["hook"]["isPublished"]

    def cleanup(self) -> None:
        for hook_id in self.ids:
            self.api.delete(f"/hooks/{hook_id}/delete")


def schema_errors(body: dict) -> list[str]:
    """Where ``body`` breaks the ``webhooks:`` schema of openapi.yaml for each trigger it carries."""
    from mautic_hooks_contract.runner.spec_schema import spec, validator_for

    found = []
    for trigger in body:
        schema = spec()["webhooks"][trigger]["post"]["requestBody"]["content"]["application/json"]["schema"]
        found += [f"{e.json_path}: {e.message}" for e in validator_for(schema).iter_errors(body)]
    return found
