"""Failure handling as measured in DELIVERIES.md §5.3 and §5.5: log rows, no retries, no redirects, the
kill rule for fresh and recently modified hooks, 410, unpublished hooks; plus the sandbox's own safety rules
(loopback only by default, a bounded timeout)."""

from __future__ import annotations

import json

import httpx
import pytest
from delivery_support import logs

from mautic_hooks_contract.runner.receiver import Answer
from mautic_hooks_contract.sandbox.launcher import SandboxProcess


@pytest.fixture(scope="module")
def sandbox():
    with SandboxProcess(extra_args=["--delivery-timeout", "1"]) as process:
        yield process


def test_a_fresh_hook_answered_500_logs_two_rows_and_is_killed_at_once(hooks, receiver, bump, sandbox):
    receiver.answers["/f/fresh500"] = Answer(500, b'{"error":"boom"}')
    hook = hooks.make("/f/fresh500")
    bump()
    rows = logs(sandbox.db_path, hook["id"])
    assert [r["status_code"] for r in rows] == ["500", "N/A"]
    assert rows[0]["note"] == '{"error":"boom"}'
    url = receiver.url + "/f/fresh500"
    assert rows[1]["note"].startswith(
        f'{url} returned 500 with payload: {{"mautic.lead_points_change":[{{"contact"'
    )
    assert len(rows[1]["note"]) == 190
    assert not hooks.published(hook["id"])
    bump()
    assert len(receiver.wait_for(2, timeout=0.3, path="/f/fresh500")) == 1  # no retry, nothing after the kill
    assert len(logs(sandbox.db_path, hook["id"])) == 2


def test_redirects_are_not_followed_and_count_as_failures(hooks, receiver, bump, sandbox):
    receiver.answers["/f/redirect"] = Answer(302, b"moved")
    hook = hooks.make("/f/redirect")
    bump()
    assert [d.path for d in receiver.deliveries] == ["/f/redirect"]
    assert [r["status_code"] for r in logs(sandbox.db_path, hook["id"])] == ["302", "N/A"]
    assert not hooks.published(hook["id"])


def test_a_recently_modified_hook_is_never_killed(api, hooks, receiver, bump, sandbox):
    receiver.answers["/f/recent500"] = Answer(500, b"boom")
    hook = hooks.make("/f/recent500")
    api.patch(f"/hooks/{hook['id']}/edit", json={"description": "touched"})  # dateModified = now
    for _ in range(4):
        bump()
    assert len(receiver.wait_for(4, path="/f/recent500")) == 4
    assert [r["status_code"] for r in logs(sandbox.db_path, hook["id"])] == ["500", "N/A"] * 4
    assert hooks.published(hook["id"])


def test_410_kills_at_once_even_when_recently_modified(api, hooks, receiver, bump, sandbox):
    receiver.answers["/f/gone"] = Answer(410, b"gone")
    hook = hooks.make("/f/gone")
    api.patch(f"/hooks/{hook['id']}/edit", json={"description": "touched"})
    bump()
    assert [r["status_code"] for r in logs(sandbox.db_path, hook["id"])] == ["410", "N/A"]
    assert not hooks.published(hook["id"])


def test_connection_refused_writes_one_row_and_kills_at_the_second(hooks, receiver, bump, sandbox):
    hook = hooks.make("", url="http://127.0.0.1:9/refused")
    bump()
    (row,) = logs(sandbox.db_path, hook["id"])
    assert row["status_code"] == "N/A"
    assert row["note"].startswith("cURL error 7: Failed to connect to 127.0.0.1 port 9 after ")
    assert hooks.published(hook["id"])  # no rows before: healthy
    bump()
    rows = logs(sandbox.db_path, hook["id"])
    # the kill notice is appended, then the note is cut to 190 characters (WebhookModel.php:329-344, Log.php)
    assert len(rows) == 2 and rows[1]["note"].endswith("for http://127.0.0.1:9/refused Webhook was")
    assert not hooks.published(hook["id"])


def test_a_closed_connection_is_a_transport_error(hooks, receiver, bump, sandbox):
    receiver.answers["/f/close"] = Answer(close=True)
    hook = hooks.make("/f/close")
    bump()
    (row,) = logs(sandbox.db_path, hook["id"])
    assert row["note"].startswith("cURL error 52: Empty reply from server")


def test_any_2xx_is_a_success_and_an_empty_body_a_null_note(hooks, receiver, bump, sandbox):
    receiver.answers["/f/ok204"] = Answer(204, b"")
    hook = hooks.make("/f/ok204")
    bump()
    assert [(r["status_code"], r["note"]) for r in logs(sandbox.db_path, hook["id"])] == [("204", None)]
    assert hooks.published(hook["id"])


def test_unpublished_hooks_get_nothing_and_no_backlog(api, hooks, receiver, bump):
    hook = hooks.make("/u/late", isPublished=False)
    bump()
    assert receiver.wait_for(1, timeout=0.3, path="/u/late") == []
    api.patch(f"/hooks/{hook['id']}/edit", json={"isPublished": True})
    bump()
    (delivery,) = receiver.wait_for(1, path="/u/late")
    assert receiver.wait_for(2, timeout=0.3, path="/u/late") == [delivery]


def test_non_loopback_hosts_are_refused_by_default(hooks, receiver, bump, sandbox):
    hook = hooks.make("", url="http://192.0.2.10/hook")  # TEST-NET-1: never routable
    bump()
    (row,) = logs(sandbox.db_path, hook["id"])
    assert row["status_code"] == "N/A" and "refused to deliver to non-loopback host 192.0.2.10" in row["note"]


def test_the_sandbox_bounds_the_wait_for_a_slow_receiver(hooks, receiver, bump, sandbox):
    receiver.answers["/f/slow"] = Answer(delay=2.5)
    hook = hooks.make("/f/slow")
    bump()
    (row,) = logs(sandbox.db_path, hook["id"])
    assert row["note"].startswith("cURL error 28: Operation timed out after ")
    assert 1.0 <= row["runtime"] < 2.0


def test_the_log_notes_carry_the_payload_as_sent(hooks, receiver, bump, sandbox):
    receiver.answers["/f/note"] = Answer(500, b"<b>bad</b> gateway")
    hook = hooks.make("/f/note")
    bump()
    (delivery,) = receiver.wait_for(1, path="/f/note")
    rows = logs(sandbox.db_path, hook["id"])
    assert rows[0]["note"] == "bad gateway"  # strip_tags
    assert (
        rows[1]["note"] == f"{receiver.url}/f/note returned 500 with payload: {delivery.body.decode()}"[:190]
    )
    json.loads(delivery.body)


def test_deliver_to_any_host_lifts_the_refusal_and_says_so(receiver):
    with SandboxProcess(extra_args=["--deliver-to-any-host", "--delivery-timeout", "0.5"]) as open_sandbox:
        with httpx.Client(base_url=open_sandbox.api_url, auth=open_sandbox.admin, timeout=30) as api:
            hook = api.post(
                "/hooks/new",
                json={
                    "name": "far",
                    "webhookUrl": "http://192.0.2.10/hook",
                    "triggers": ["mautic.company_post_save"],
                },
            ).json()["hook"]
            assert api.post("/companies/new", json={"companyname": "Far Away Ltd"}).status_code == 201
        (row,) = logs(open_sandbox.db_path, hook["id"])
        assert "refused to deliver" not in row["note"]
        assert row["note"].startswith(("cURL error 7: Failed to connect to 192.0.2.10", "cURL error 28:"))
        assert any("delivering to non-loopback host 192.0.2.10" in line for line in open_sandbox.output)
