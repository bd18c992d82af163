"""End to end: the sandbox's own deliveries (mautic_hooks_contract/sandbox/deliveries/) to `serve --inbox`, handled by `work`.

A hook published on the sandbox points at the inbox receiver: contact creates and point changes are delivered
inside the API requests (immediate mode), the other triggers by `python -m mautic_hooks_contract.sandbox fire`; every event reaches the
handler, and the hook's webhook log shows only successes (Mautic's view: nothing failed, nothing to lose).
"""

from __future__ import annotations

import json

import httpx
import pytest
from inbox_support import SECRET, handled_lines, serve, wait_for, work

from mautic_hooks_contract.sandbox.launcher import SandboxProcess, run_command

API_TRIGGERS = ("mautic.lead_post_save_new", "mautic.lead_points_change")
FIRED = ("mautic.form_on_submit", "mautic.page_on_hit", "mautic.email_on_open")


@pytest.mark.parametrize("inbox_url", ["sqlite", "redis"], indirect=True)
def test_sandbox_deliveries_reach_the_handler_through_the_inbox(inbox_url, tmp_path) -> None:
    handled = tmp_path / "handled.jsonl"
    receiver, worker = serve(inbox_url, "--path", "/mautic"), work(inbox_url, handled, "--concurrency", "2")
    try:
        with SandboxProcess() as mautic, httpx.Client(base_url=mautic.api_url, auth=mautic.admin) as api:
            hook = {
                "name": "inbox",
                "webhookUrl": receiver.url,
                "secret": SECRET,
                "triggers": [*API_TRIGGERS, *FIRED],
            }
            created = api.post("/hooks/new", json=hook)
            assert created.status_code == 201, created.text
            hook_id = created.json()["hook"]["id"]
            contact = api.post("/contacts/new", json={"firstname": "Ada", "email": "ada@example.com"})
            contact_id = contact.json()["contact"]["id"]
            for _ in range(3):
                assert api.post(f"/contacts/{contact_id}/points/plus/2").status_code == 200
            for trigger in FIRED:
                fired = run_command("fire", trigger, "--db", str(mautic.db_path), "--hook", str(hook_id))
                assert fired.returncode == 0, fired.stderr
            done = wait_for(
                lambda: len(handled_lines(handled)) >= 7 and handled_lines(handled), what="7 events"
            )
            log = run_command("webhook-logs", str(hook_id), "--db", str(mautic.db_path))
    finally:
        receiver.stop()
        worker.stop()
    triggers = sorted(line["trigger"] for line in done)
    assert triggers == sorted(["mautic.lead_post_save_new", *["mautic.lead_points_change"] * 3, *FIRED])
    assert [json.loads(line)["status_code"] for line in log.stdout.splitlines()] == ["200"] * 7
