"""The wire's decisions, one by one: what it waits for, what it re-sends, what it answers from memory, and
when it gives up. (End to end over real HTTP: test_contract_resilience.py.)"""

from __future__ import annotations

import email.utils
import io
import time

import pytest

from mautic_hooks_contract.runner.budget import Budget, BudgetError
from mautic_hooks_contract.runner.progress import Progress
from mautic_hooks_contract.runner.transport.wire import (
    BACKOFF,
    RETRIES,
    InstanceUnavailable,
    Lost,
    Meter,
    Unsent,
    Wire,
)


class Server:
    """Scripted answers: each item is (status, headers) or an exception to raise."""

    def __init__(self, *script: object) -> None:
        self.script = list(script)
        self.sent = 0

    def attempt(self) -> tuple[int, dict[str, str]]:
        self.sent += 1
        step = self.script.pop(0) if len(self.script) > 1 else self.script[0]
        if isinstance(step, Exception):
            raise step
        return step  # type: ignore[return-value]


def send(
    wire: Wire, server: Server, method: str = "GET", url: str = "http://x/api/hooks", reuse: bool = False
):
    return wire.send(
        method,
        url,
        "Bearer t",
        b"",
        server.attempt,
        lambda r: r[0],
        lambda r: r[1],
        (lambda r: r) if reuse else None,
    )


@pytest.fixture
def slept() -> list[float]:
    return []


@pytest.fixture
def wire(slept: list[float]) -> Wire:
    return Wire(sleep=slept.append, notify=lambda line: None)


def test_a_429_is_waited_out_until_the_reset_the_server_names(wire: Wire, slept: list[float]) -> None:
    now = time.time()
    limited = {
        "X-RateLimit-Limit": "60",
        "X-RateLimit-Remaining": "0",
        "X-RateLimit-Reset": str(int(now) + 30),
        "Date": email.utils.formatdate(now, usegmt=True),
    }
    server = Server((429, limited), (200, {}))
    assert send(wire, server, "POST")[0] == 200  # a 429 is refused before any controller: safe to re-send
    assert server.sent == 2 and wire.meter.rate_limited == 1
    assert len(slept) == 1 and 29 <= slept[0] <= 32


def test_the_window_is_measured_on_the_servers_clock(wire: Wire, slept: list[float]) -> None:
    server_now = time.time() + 3600  # the server's clock is an hour ahead of ours
    reset = {
        "X-RateLimit-Reset": str(int(server_now) + 10),
        "Date": email.utils.formatdate(server_now, usegmt=True),
    }
    send(wire, Server((429, reset), (200, {})))
    assert 9 <= slept[0] <= 12


def test_an_exhausted_window_holds_the_next_request(wire: Wire, slept: list[float]) -> None:
    now = time.time()
    last = {
        "X-RateLimit-Remaining": "0",
        "X-RateLimit-Reset": str(int(now) + 5),
        "Date": email.utils.formatdate(now, usegmt=True),
    }
    send(wire, Server((200, last)))
    send(wire, Server((200, {})))
    assert len(slept) == 1 and 4 <= slept[0] <= 7, "the second request went out into a spent window"


def test_reads_are_re_sent_after_proxy_errors_and_resets(wire: Wire, slept: list[float]) -> None:
    server = Server((502, {}), (503, {"Retry-After": "2"}), Lost("reset"), (200, {}))
    assert send(wire, server)[0] == 200
    assert server.sent == 4 and wire.meter.retries == 3
    assert slept == [BACKOFF[0], 2.0, BACKOFF[2]]


def test_a_write_that_may_have_been_processed_is_not_re_sent(wire: Wire) -> None:
    for failure in ((502, {}), Lost("timed out")):
        wire.revive()
        server = Server(failure, (201, {}))
        with pytest.raises(InstanceUnavailable, match="not re-sent"):
            send(wire, server, "POST")
        assert server.sent == 1


def test_a_write_whose_connection_never_opened_is_re_sent(wire: Wire) -> None:
    server = Server(Unsent("refused"), (201, {}))
    assert send(wire, server, "POST")[0] == 201


def test_the_time_waiting_for_answers_counts_every_try_and_no_backoff() -> None:
    """The report's "s waiting for answers" is the instance's share of the wall time: each try from send to the
    whole answer, failed ones included; the backoff between tries is the suite's own waiting, counted apart."""
    clock = [0.0]

    def advance(seconds: float) -> None:
        clock[0] += seconds

    wire = Wire(sleep=advance, notify=lambda line: None, clock=lambda: clock[0])

    class Slow(Server):
        def attempt(self) -> tuple[int, dict[str, str]]:
            advance(0.25)
            return super().attempt()

    assert send(wire, Slow(Lost("reset"), (200, {})))[0] == 200
    assert clock[0] == 0.25 + BACKOFF[0] + 0.25
    assert wire.meter.answering == 0.5


def test_an_instance_that_stays_away_is_unavailable_then_fails_fast(wire: Wire, slept: list[float]) -> None:
    server = Server((503, {}))
    with pytest.raises(InstanceUnavailable, match="HTTP 503"):
        send(wire, server)
    assert server.sent == RETRIES + 1 and slept == list(BACKOFF[:RETRIES])
    with pytest.raises(InstanceUnavailable):
        send(wire, server)
    assert server.sent == RETRIES + 1, "a request was sent to an instance already found unavailable"
    wire.revive()  # the cleanup tries again
    assert send(wire, Server((200, {})))[0] == 200


def test_an_identical_read_with_no_write_since_is_answered_from_memory(wire: Wire) -> None:
    server = Server((200, {}))
    send(wire, server, reuse=True)
    send(wire, server, reuse=True)
    assert server.sent == 1 and wire.meter.reused == 1
    send(wire, Server((200, {})), "PATCH", "http://x/api/hooks/1/edit")
    send(wire, server, reuse=True)
    assert server.sent == 2, "a read after a write was answered from memory"


@pytest.mark.parametrize(
    ("raw", "requests", "seconds"),
    [("500", 500, None), ("90s", None, 90), ("5m", None, 300), ("1h30m", None, 5400), ("2min", None, 120)],
)
def test_budgets_are_durations_or_request_counts(
    raw: str, requests: int | None, seconds: float | None
) -> None:
    budget = Budget.parse(raw)
    assert (budget.requests, budget.seconds) == (requests, seconds)


@pytest.mark.parametrize("raw", ["", "0", "five minutes", "5 parsecs", "-3", "1.5m", "m"])
def test_a_malformed_budget_is_refused(raw: str) -> None:
    with pytest.raises(BudgetError, match="CONTRACT_BUDGET must be a duration"):
        Budget.parse(raw)


def test_progress_outside_a_terminal_is_one_plain_line_per_clause() -> None:
    meter, out = Meter(), io.StringIO()
    progress = Progress(
        meter, {"a::1": "one", "a::2": "one", "b::1": "two"}, expected_requests=100, stream=out
    )
    progress.left.update({"one": 2, "two": 1})
    progress.total = 2
    meter.requests = 10
    progress.pytest_runtest_logfinish("a::1")
    assert out.getvalue() == "", "a clause is done when all its tests are"
    progress.pytest_runtest_logfinish("a::2")
    meter.requests = 50
    progress.pytest_runtest_logfinish("b::1")
    lines = out.getvalue().splitlines()
    assert len(lines) == 2 and "\r" not in out.getvalue()
    assert "10 requests, 1/2 clauses done" in lines[0] and lines[0].endswith(": one")
    assert "50 requests, 2/2 clauses done" in lines[1] and lines[1].split("] ", 1)[1].endswith(
        "~0 s left: two"
    )


def test_progress_past_the_estimated_requests_goes_by_the_clauses_left() -> None:
    """A run that sends more than estimated would otherwise say "~0 s left" for its whole tail."""
    meter, out = Meter(), io.StringIO()
    progress = Progress(meter, {}, expected_requests=100, stream=out)
    progress.total, progress.done = 4, 1
    progress.started -= 30  # 30 s for the first of four clauses
    meter.requests = 40
    assert "~45 s left" in progress.line()  # the requests: 60 more at 40 per 30 s
    meter.requests = 150
    assert "~1 min 30 s left" in progress.line()  # the clauses: 3 more at 30 s each
