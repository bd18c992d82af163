"""The commands as an operator uses them: `work` stopping gracefully, `inbox status|dead|requeue`, mistakes."""

from __future__ import annotations

import json
import subprocess
import sys

import httpx
import pytest
from inbox_support import SECRET, handled_lines, inbox_status, serve, signed_deliveries, wait_for, work
from mautic_hooks_receiver import sign
from mautic_hooks_receiver.inbox import open_inbox
from mautic_hooks_receiver.inbox.cli import main as inbox_main


def command(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "mautic_hooks_receiver", *args],
        capture_output=True, text=True, timeout=60, check=False, env=env,
    )  # fmt: skip


def store(inbox_url: str, *bodies: bytes, bury: str | None = None) -> None:
    """Store the bodies; with `bury`, dead-letter the first as a worker would, with that error."""
    inbox = open_inbox(inbox_url)
    inbox.store_many(list(bodies))
    if bury is not None:
        inbox.bury(inbox.claim("test", visibility=60, block=1)[0], bury)
    inbox.close()


@pytest.mark.parametrize("inbox_url", ["sqlite"], indirect=True)  # releasing: test_inbox_backends.py, both
def test_sigterm_lets_the_running_handler_finish(inbox_url, tmp_path) -> None:
    handled = tmp_path / "handled.jsonl"
    (body, _, stamp) = signed_deliveries(1)[0]
    store(inbox_url, body)
    worker = work(inbox_url, handled, sleep=1)
    wait_for(lambda: handled_lines(handled, "start"), what="the handler to start")
    assert worker.stop() == 0
    assert [line["timestamp"] for line in handled_lines(handled)] == [stamp]
    assert inbox_status(inbox_url) == {"queued": 0, "in_flight": 0, "dead": 0}
    assert SECRET not in "".join(worker.output)


def test_a_handler_still_running_after_the_grace_period_is_released(inbox_url, tmp_path) -> None:
    handled = tmp_path / "handled.jsonl"
    store(inbox_url, signed_deliveries(1)[0][0])
    worker = work(inbox_url, handled, "--grace", "0.2", sleep=30)
    wait_for(lambda: handled_lines(handled, "start"), what="the handler to start")
    assert worker.stop(timeout=10) == 0
    assert handled_lines(handled) == []
    inbox = open_inbox(inbox_url)
    (claimed,) = inbox.claim("next", visibility=60, block=1)  # at once: not after the visibility timeout
    inbox.close()
    assert claimed.attempts == 1


def test_worker_metrics_count_handled_deliveries_and_handler_time(tmp_path) -> None:
    inbox_url = f"sqlite:///{tmp_path / 'inbox.sqlite3'}"
    store(inbox_url, *(body for body, _, _ in signed_deliveries(3)))
    worker = work(inbox_url, tmp_path / "handled.jsonl")
    try:
        wait_for(lambda: len(handled_lines(tmp_path / "handled.jsonl")) == 3, what="3 deliveries")
        text = wait_for(
            lambda: (t := httpx.get(worker.url).text) and "mautic_inbox_handled_total 3" in t and t,
            what="metrics",
        )
        health = httpx.get(worker.url.replace("/metrics", "/healthz")).json()
    finally:
        worker.stop()
    assert "mautic_inbox_handler_seconds_count 3" in text and "mautic_inbox_queued 0" in text
    assert health == {"status": "ok", "queued": 0, "in_flight": 0, "dead": 0}


def cli(capsys, *args: str) -> tuple[int, str, str]:
    """The command's main in this process (each subprocess costs a second of imports): code, stdout, stderr."""
    code = inbox_main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize("inbox_url", ["sqlite"], indirect=True)  # the backends' own: test_inbox_backends.py
def test_inbox_status_dead_and_requeue(inbox_url, capsys) -> None:
    raw = b'{"mautic.plugin_event": {"id": 1}}'
    store(inbox_url, raw, signed_deliveries(1)[0][0], bury="The value is not a list.")
    status = command("inbox", "status", "--inbox", inbox_url)  # once as a real command
    assert status.returncode == 0 and json.loads(status.stdout) == {"queued": 1, "in_flight": 0, "dead": 1}
    code, out, _ = cli(capsys, "inbox", "dead", "--inbox", inbox_url)
    (letter,) = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and letter["body"] == raw.decode() and letter["error"] == "The value is not a list."
    assert json.loads(cli(capsys, "inbox", "requeue", letter["id"], "--inbox", inbox_url)[1]) == {
        "requeued": 1
    }
    assert json.loads(cli(capsys, "inbox", "requeue", "--all", "--inbox", inbox_url)[1]) == {"requeued": 0}
    assert inbox_status(inbox_url) == {"queued": 2, "in_flight": 0, "dead": 0}


def test_mistakes_get_one_line_and_no_secret_is_printed(tmp_path, capsys, monkeypatch) -> None:
    inbox_url = f"sqlite:///{tmp_path / 'inbox.sqlite3'}"
    code, _, err = cli(capsys, "work", "--inbox", inbox_url, "--handler", "no_colon")
    assert code == 2 and "module:function" in err
    code, _, err = cli(capsys, "work", "--inbox", inbox_url, "--handler", "json:no_such_function")
    assert code == 2 and "no function 'no_such_function'" in err
    code, _, err = cli(capsys, "inbox", "status", "--inbox", "postgres://db/inbox")
    assert code == 2 and "sqlite:///" in err
    monkeypatch.delenv("MAUTIC_WEBHOOK_SECRET", raising=False)
    code, _, err = cli(capsys, "serve", "--inbox", inbox_url)
    assert code == 2 and "MAUTIC_WEBHOOK_SECRET" in err

    receiver = serve("redis://:hunter2-password@127.0.0.1:1/0")  # nothing listens on port 1
    try:
        (body, signature, _) = signed_deliveries(1)[0]
        refused = httpx.post(receiver.url, content=body, headers={"Webhook-Signature": signature})
        unsigned = httpx.post(receiver.url, content=body, headers={"Webhook-Signature": sign(body, "guess")})
    finally:
        receiver.stop()
    assert refused.status_code == 503 and unsigned.status_code == 403
    output = "".join(receiver.output)
    assert "hunter2-password" not in output and SECRET not in output and "redis://127.0.0.1:1/0" in output
