"""The inbox's contract, the same on both backends: a real SQLite file and a real redis-server, in-process.

Workers run in threads here with handlers built in the test (failing, slow, async); the subprocess tests
(test_inbox_crash.py) kill real processes.
"""

from __future__ import annotations

import threading
import time

from inbox_support import signed_deliveries, wait_for
from mautic_hooks_receiver import parse
from mautic_hooks_receiver.inbox import Worker, open_inbox
from mautic_hooks_receiver.inbox.metrics import Metrics


def bodies(count: int, start: int = 0) -> list[bytes]:
    return [body for body, _, _ in signed_deliveries(count, start)]


def run_worker(worker: Worker) -> threading.Thread:
    thread = threading.Thread(target=worker.run, kwargs={"grace": 5}, daemon=True)
    thread.start()
    return thread


def test_store_de_duplicates_across_instances_and_reopening(inbox_url) -> None:
    one, other = open_inbox(inbox_url), open_inbox(inbox_url)  # two processes' views of the same inbox
    first, second = bodies(2)
    assert one.store_many([first, first, second]) == [True, False, True]
    assert other.store_many([second]) == [False]
    one.close()
    reopened = open_inbox(inbox_url)
    assert reopened.store_many([first]) == [False]
    assert reopened.status().as_dict() == {"queued": 2, "in_flight": 0, "dead": 0}
    other.close()
    reopened.close()


def test_a_claim_lapses_after_the_visibility_timeout_unless_extended(inbox_url) -> None:
    """Every worker of a deployment uses the same visibility (on Redis the claimer applies it, on SQLite the owner)."""
    inbox = open_inbox(inbox_url)
    inbox.store_many(bodies(2))
    (kept,) = inbox.claim("alive", visibility=0.3, block=0.1)
    (lost,) = inbox.claim("dies", visibility=0.3, block=0.1)
    assert kept.attempts == lost.attempts == 1 and kept.id != lost.id
    assert inbox.status().as_dict() == {"queued": 0, "in_flight": 2, "dead": 0}
    assert inbox.claim("other", visibility=0.3, block=0) == []
    for _ in range(3):  # "alive" keeps extending past the first timeout
        time.sleep(0.15)
        inbox.extend([kept], "alive", 0.3)
    (retaken,) = wait_for(
        lambda: inbox.claim("other", visibility=0.3, block=0.05), timeout=5, what="a lapsed claim"
    )
    assert retaken.id == lost.id and retaken.body == lost.body and retaken.attempts == 2
    inbox.done([retaken, kept])
    assert inbox.status().as_dict() == {"queued": 0, "in_flight": 0, "dead": 0}
    inbox.close()


def test_claims_come_in_batches_and_are_finished_together(inbox_url) -> None:
    inbox = open_inbox(inbox_url)
    inbox.store_many(bodies(5))
    first = inbox.claim("a", visibility=60, block=0.1, count=3)
    rest = inbox.claim("b", visibility=60, block=0.1, count=3)
    assert [len(first), len(rest)] == [3, 2] and {c.id for c in first}.isdisjoint(c.id for c in rest)
    assert [c.body for c in first + rest] == bodies(5)  # in the order they were stored
    inbox.done(first + rest)
    assert inbox.status().as_dict() == {"queued": 0, "in_flight": 0, "dead": 0}
    inbox.close()


def test_release_hands_a_delivery_back_at_once_without_counting_the_attempt(inbox_url) -> None:
    inbox = open_inbox(inbox_url)
    inbox.store_many(bodies(1))
    (claimed,) = inbox.claim("stopping", visibility=60, block=0.1)
    inbox.release(claimed)
    (again,) = inbox.claim("next", visibility=60, block=0.5)
    assert again.body == claimed.body and again.attempts == 1
    inbox.close()


def test_handler_errors_are_retried_with_backoff_then_dead_lettered_and_requeued(inbox_url) -> None:
    inbox = open_inbox(inbox_url)
    inbox.store_many(bodies(2))
    calls: list[tuple[str, float]] = []
    failing = {"on": True}

    def handler(events) -> None:
        stamp = events[0].timestamp.isoformat()
        calls.append((stamp, time.monotonic()))
        if failing["on"] and stamp.endswith(":58+00:00"):  # the first delivery fails
            raise RuntimeError("the CRM is down")

    metrics = Metrics()
    worker = Worker(inbox, handler, max_attempts=3, backoff=0.2, block=0.05, metrics=metrics)
    thread = run_worker(worker)
    (letter,) = wait_for(inbox.dead, what="a dead letter")
    worker.stopping.set()
    thread.join(10)
    failed = [at for stamp, at in calls if stamp.endswith(":58+00:00")]
    assert len(failed) == 3 and len(calls) == 4
    assert failed[1] - failed[0] >= 0.2 and failed[2] - failed[1] >= 0.4  # 0.2 s, then doubled
    assert letter.attempts == 3 and letter.error == "RuntimeError: the CRM is down"
    assert (metrics.value("retried"), metrics.value("dead"), metrics.value("handled")) == (2, 1, 1)

    failing["on"] = False
    assert inbox.requeue([letter.id]) == 1 and inbox.dead() == []
    worker = Worker(inbox, handler, max_attempts=3, block=0.05)
    thread = run_worker(worker)
    wait_for(lambda: len(calls) == 5, what="the re-queued delivery to be handled")
    worker.stopping.set()
    thread.join(10)
    assert inbox.status().as_dict() == {"queued": 0, "in_flight": 0, "dead": 0}
    inbox.close()


def test_an_async_handler_gets_a_command_mode_batch_in_timestamp_order(inbox_url) -> None:
    from deliveries import all_deliveries

    batch = next(d for d in all_deliveries() if d.seq == 783)  # newest first, two trigger keys
    inbox = open_inbox(inbox_url)
    inbox.store_many([batch.raw_body])
    seen: list = []

    async def handler(events) -> None:
        seen.extend(event.timestamp for event in events)

    worker = Worker(inbox, handler, block=0.05)
    thread = run_worker(worker)
    wait_for(lambda: len(seen) == 10, what="the batch")
    worker.stopping.set()
    thread.join(10)
    assert seen == [event.timestamp for event in parse(batch.raw_body)] == sorted(seen)
    inbox.close()


def test_a_stored_body_that_does_not_parse_is_dead_lettered_raw_and_can_be_requeued(inbox_url) -> None:
    """Signed, so Mautic's: a plugin's trigger or a future envelope is kept, raw, for a person to look at."""
    inbox = open_inbox(inbox_url)
    raw = b'{"mautic.future_trigger": "an envelope Mautic 7 might send"}'
    assert inbox.store_many([raw]) == [True]
    metrics = Metrics()
    worker = Worker(inbox, lambda events: None, block=0.05, metrics=metrics)
    thread = run_worker(worker)
    (letter,) = wait_for(inbox.dead, what="the worker to dead-letter it")
    assert letter.body == raw and "not a non-empty list" in letter.error and metrics.value("dead") == 1
    assert inbox.requeue() == 1
    (again,) = wait_for(inbox.dead, what="the worker to dead-letter it again")  # still unparsable: still kept
    worker.stopping.set()
    thread.join(10)
    assert again.body == raw
    inbox.close()
