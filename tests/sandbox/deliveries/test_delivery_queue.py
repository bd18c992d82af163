"""command_process mode: events are queued during the request and sent by ``python -m mautic_hooks_contract.sandbox
process-webhooks`` in batches (DELIVERIES.md §5.4, compared with _command_process_batches.json)."""

from __future__ import annotations

import json

import httpx
import pytest
from delivery_support import events, logs, recording

from mautic_hooks_contract.runner.receiver import Answer
from mautic_hooks_contract.sandbox.launcher import SandboxProcess, run_command

TRIGGERS = ("mautic.lead_points_change", "mautic.lead_post_save_update")


@pytest.fixture(scope="module")
def sandbox():
    with SandboxProcess(extra_args=["--queue-mode", "command_process"]) as process:
        yield process


def _process(sandbox, *extra):
    result = run_command("process-webhooks", "--db", str(sandbox.db_path), *extra)
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def _recorded_batches(case: str) -> dict[str, list]:
    """hook name → [(trigger keys, events per key)] per POST, as Mautic sent them in that run."""
    found: dict[str, list] = {}
    for d in recording("_command_process_batches.json")["deliveries"]:
        if d["context"]["action"] == f"queue-run:{case}":
            found.setdefault(d["hook"]["name"], []).append([(k, len(v)) for k, v in d["body"].items()])
    return found


def test_batches_and_orders_like_mautic(hooks, receiver, bump, sandbox):
    for name, direction in (("q-default", None), ("q-asc", "ASC"), ("q-desc", "DESC")):
        hooks.make(f"/q/{name}", TRIGGERS, secret=f"s-{name}", name=name, eventsOrderbyDir=direction)
    for _ in range(6):
        bump()
    assert receiver.wait_for(1, timeout=0.3) == []  # nothing during the API calls
    _process(sandbox)
    got = receiver.wait_for(6)
    # hooks in name order; per hook 10 events then 2, grouped by trigger in order of first appearance
    assert [d.path for d in got] == ["/q/q-asc"] * 2 + ["/q/q-default"] * 2 + ["/q/q-desc"] * 2
    batches: dict[str, list] = {}
    for d in got:
        batches.setdefault(d.path.rsplit("/", 1)[1], []).append(
            [(k, len(v)) for k, v in json.loads(d.body).items()]
        )
    assert batches == _recorded_batches("q1-all")
    desc = [e["points"]["new_points"] for t, e in events(got[4]) if t == "mautic.lead_points_change"]
    assert desc == sorted(desc, reverse=True)  # newest first
    assert receiver.wait_for(7, timeout=0.3) == got  # the queue is empty now
    _process(sandbox)
    assert receiver.wait_for(7, timeout=0.3) == got


def test_an_http_error_loses_the_batch_and_a_transport_error_keeps_it(api, hooks, receiver, bump, sandbox):
    receiver.answers["/qf/500"] = Answer(500, b"boom")
    failing = hooks.make("/qf/500", TRIGGERS, name="qf1")
    refused = hooks.make("", TRIGGERS, name="qf2", url="http://127.0.0.1:9/refused")
    for hook in (failing, refused):
        api.patch(f"/hooks/{hook['id']}/edit", json={"description": "recently modified"})
    for _ in range(2):
        bump()
    _process(sandbox, "--webhook-id", str(failing["id"]))
    assert len(receiver.wait_for(1, path="/qf/500")) == 1
    _process(sandbox, "--webhook-id", str(failing["id"]))
    assert len(receiver.wait_for(2, timeout=0.3, path="/qf/500")) == 1  # deleted, not retried
    _process(sandbox, "--webhook-id", str(refused["id"]))
    assert [r["status_code"] for r in logs(sandbox.db_path, refused["id"])] == ["N/A"]
    api.patch(f"/hooks/{refused['id']}/edit", json={"webhookUrl": receiver.url + "/qf/recovered"})
    _process(sandbox, "--webhook-id", str(refused["id"]))
    (recovered,) = receiver.wait_for(1, path="/qf/recovered")
    assert len(events(recovered)) == 4  # the kept events, with their original timestamps


def test_immediate_mode_command_and_unpublished_hook(sandbox, hooks):
    hook = hooks.make("/q/off", TRIGGERS, isPublished=False)
    result = run_command("process-webhooks", "--db", str(sandbox.db_path), "--webhook-id", str(hook["id"]))
    assert result.returncode == 1 and "No published webhooks found" in result.stdout


def test_the_global_direction_and_limit_apply_to_hooks_without_their_own(receiver):
    """``--events-orderby-dir DESC --webhook-limit 3``: the hook without eventsOrderbyDir goes DESC, the ASC
    one stays ASC, 3 events per POST (the q2-desc-limit3 run of _command_process_batches.json)."""
    extra = ["--queue-mode", "command_process", "--events-orderby-dir", "DESC", "--webhook-limit", "3"]
    with SandboxProcess(extra_args=extra) as desc_sandbox:
        with httpx.Client(base_url=desc_sandbox.api_url, auth=desc_sandbox.admin, timeout=30) as api:
            for name, direction in (("q-default", None), ("q-asc", "ASC"), ("q-desc", "DESC")):
                body = {"name": name, "webhookUrl": f"{receiver.url}/q3/{name}", "triggers": list(TRIGGERS)}
                api.post("/hooks/new", json={**body, "eventsOrderbyDir": direction}).raise_for_status()
            contact = api.post("/contacts/new", json={"firstname": "Queue"}).json()["contact"]["id"]
            for _ in range(6):
                api.post(f"/contacts/{contact}/points/plus/1").raise_for_status()
        _process(desc_sandbox)
    got = receiver.wait_for(12, path="/q3/")
    batches: dict[str, list] = {}
    for d in got:
        batches.setdefault(d.path.rsplit("/", 1)[1], []).append(
            [(k, len(v)) for k, v in json.loads(d.body).items()]
        )
    assert batches == _recorded_batches("q2-desc-limit3")
