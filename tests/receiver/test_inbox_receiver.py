"""`serve --inbox` over real HTTP: what is stored, what is refused, what a storage failure answers.

Only a stored body may be answered 2xx: the tests that lock the SQLite file or kill redis-server check that the
answer waits for the store and that a failed store is a 503, never a 200.
"""

from __future__ import annotations

import sqlite3
import threading
import time

import httpx
import pytest
from inbox_support import SECRET, inbox_status, post_all, serve, signed_deliveries, wait_for
from mautic_hooks_receiver import sign
from redis_support import RedisServer


def post(url: str, body: bytes, signature: str | None) -> httpx.Response:
    headers = {"Webhook-Signature": signature} if signature is not None else {}
    return httpx.post(url, content=body, headers=headers, timeout=30)


def test_stored_once_shared_by_two_receivers_and_kept_across_a_restart(inbox_url) -> None:
    (body, signature, _), second = signed_deliveries(2)
    receivers = [serve(inbox_url), serve(inbox_url)]
    try:
        first = post(receivers[0].url, body, signature)
        assert first.status_code == 200 and first.json() == {"stored": True}
        again = post(receivers[1].url, body, signature)  # the re-send reaches the other process
        assert again.status_code == 200 and again.json() == {"stored": False, "duplicate": True}
        assert post(receivers[1].url, second[0], second[1]).json() == {"stored": True}
        # Signed, so Mautic's, even if it does not parse: stored, and a worker dead-letters it raw.
        unparsable = b'{"mautic.plugin_trigger": {"not": "a list"}}'
        assert post(receivers[0].url, unparsable, sign(unparsable, SECRET)).json() == {"stored": True}
        health = httpx.get(receivers[0].url.rstrip("/") + "/healthz")
        metrics = httpx.get(receivers[0].url.rstrip("/") + "/metrics")
    finally:
        for receiver in receivers:
            receiver.stop()
    assert health.status_code == 200
    assert health.json() == {"status": "ok", "queued": 3, "in_flight": 0, "dead": 0}
    assert metrics.headers["content-type"].startswith("text/plain")
    lines = set(metrics.text.splitlines())
    counted = {
        "mautic_inbox_received_total 2",
        "mautic_inbox_stored_total 2",
        "mautic_inbox_duplicates_total 0",
    }
    gauges = {"mautic_inbox_queued 3", "mautic_inbox_dead 0", "# TYPE mautic_inbox_handler_seconds histogram"}
    assert counted | gauges <= lines
    receiver = serve(inbox_url)  # de-duplication survives a restart
    try:
        assert post(receiver.url, body, signature).json() == {"stored": False, "duplicate": True}
    finally:
        receiver.stop()


@pytest.mark.parametrize("inbox_url", ["sqlite"], indirect=True)  # refused before the inbox is touched
def test_unsigned_wrongly_signed_and_oversized_posts_never_reach_the_inbox(inbox_url) -> None:
    (body, signature, _) = signed_deliveries(1)[0]
    larger = body + b" "
    receiver = serve(inbox_url, "--max-body", str(len(body)))
    try:
        assert post(receiver.url, body, None).status_code == 401
        assert post(receiver.url, body, "").status_code == 401
        assert post(receiver.url, body, sign(body, "another secret")).status_code == 403
        assert post(receiver.url, larger, signature).status_code == 413
        assert (
            post(receiver.url, larger, sign(larger, SECRET)).status_code == 413
        )  # signed, one byte too large
        assert inbox_status(inbox_url) == {"queued": 0, "in_flight": 0, "dead": 0}
        metrics = httpx.get(receiver.url.rstrip("/") + "/metrics").text
    finally:
        receiver.stop()
    assert 'mautic_inbox_refused_total{status="401"} 2' in metrics
    assert 'mautic_inbox_refused_total{status="403"} 1' in metrics
    assert 'mautic_inbox_refused_total{status="413"} 2' in metrics
    assert "mautic_inbox_stored_total 0" in metrics
    assert SECRET not in "".join(receiver.output)


def test_the_answer_waits_for_the_store_and_a_receiver_killed_before_it_acknowledged_nothing(
    tmp_path,
) -> None:
    """The SQLite file is locked by another writer: POSTs wait in the store, unanswered; killed there, none of
    them was acknowledged, and none is in the inbox. Then a store that cannot wait long enough answers 503."""
    inbox_url = f"sqlite:///{tmp_path / 'inbox.sqlite3'}?busy_timeout=30"
    receiver = serve(inbox_url)
    locker = sqlite3.connect(tmp_path / "inbox.sqlite3", isolation_level=None)
    locker.execute("BEGIN IMMEDIATE")
    answered: list[int] = []
    sender = threading.Thread(
        target=lambda: answered.extend(post_all(receiver.url, signed_deliveries(5)).values()), daemon=True
    )
    sender.start()
    time.sleep(0.5)  # time enough for a receiver that answers before storing to answer
    assert answered == []
    receiver.kill()
    sender.join(10)
    locker.execute("ROLLBACK")
    assert answered == [0] * 5
    assert inbox_status(inbox_url) == {"queued": 0, "in_flight": 0, "dead": 0}

    receiver = serve(f"sqlite:///{tmp_path / 'inbox.sqlite3'}?busy_timeout=0.2")
    locker.execute("BEGIN IMMEDIATE")
    try:
        (body, signature, _) = signed_deliveries(1)[0]
        refused = post(receiver.url, body, signature)
        health = httpx.get(receiver.url.rstrip("/") + "/healthz")  # reading still works in WAL mode
    finally:
        locker.execute("ROLLBACK")
        receiver.stop()
    assert refused.status_code == 503 and health.status_code == 200
    assert inbox_status(inbox_url) == {"queued": 0, "in_flight": 0, "dead": 0}
    assert "database is locked" in "".join(receiver.output)


def test_redis_down_answers_503_and_health_says_so() -> None:
    with RedisServer() as server:
        receiver = serve(server.url)
        try:
            (body, signature, _) = signed_deliveries(1)[0]
            assert post(receiver.url, body, signature).status_code == 200
            server.kill()
            (body, signature, _) = signed_deliveries(1, start=1)[0]
            assert post(receiver.url, body, signature).status_code == 503
            assert httpx.get(receiver.url.rstrip("/") + "/healthz").status_code == 503
            metrics = httpx.get(receiver.url.rstrip("/") + "/metrics")
        finally:
            receiver.stop()
    assert metrics.status_code == 503


def test_sigterm_lets_a_receiver_answer_the_posts_it_is_storing(tmp_path) -> None:
    """An orchestrator's stop (SIGTERM) mid-request: the POSTs already received are stored and answered."""
    inbox_url = f"sqlite:///{tmp_path / 'inbox.sqlite3'}"
    receiver = serve(inbox_url)
    locker = sqlite3.connect(tmp_path / "inbox.sqlite3", isolation_level=None)
    locker.execute("BEGIN IMMEDIATE")  # the POSTs wait in the store
    answers: dict[str, int] = {}
    sender = threading.Thread(target=lambda: answers.update(post_all(receiver.url, signed_deliveries(5))))
    sender.start()
    wait_for(
        lambda: "mautic_inbox_received_total 5" in httpx.get(receiver.url + "metrics").text, what="5 POSTs"
    )
    receiver.process.terminate()
    locker.execute("ROLLBACK")
    sender.join(10)
    assert receiver.process.wait(10) in (0, -15)  # uvicorn re-raises SIGTERM once it has shut down
    assert list(answers.values()) == [200] * 5
    assert inbox_status(inbox_url)["queued"] == 5
