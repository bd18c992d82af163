"""The one chokepoint for the suite's traffic: pacing, retries, de-duplication and counting.

Mautic's rate limiter (noxlogic/ratelimit-bundle, configured in app/config/config.php:285-300) counts the
calls to /api per hour and, past `api_rate_limiter_limit`, answers 429 with the headers X-RateLimit-Limit,
X-RateLimit-Remaining and X-RateLimit-Reset (a Unix time; RateLimitAnnotationListener and
HeaderModificationListener of the bundle). It refuses in the controller event, before any controller runs,
so a 429 is safe to re-send whatever the method. The wire waits until the reset the server names (measured
against the server's own `Date`, so clock skew does not matter) and sends again.

A connection that cannot be opened is retried for any request (nothing reached the server). A request that
was sent but got no answer (reset, timeout) or got a proxy's 502/503/504 may have been processed: only
GET/HEAD/OPTIONS are re-sent. When that persists, `InstanceUnavailable` says so with the last error; it is
not a contract failure.
"""

from __future__ import annotations

import email.utils
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

R = TypeVar("R")

SAFE = frozenset({"GET", "HEAD", "OPTIONS"})
PROXY_ERRORS = frozenset({502, 503, 504})
RETRIES = 4  # re-sends of one request after a transient failure
BACKOFF = (0.5, 1.0, 2.0, 4.0)  # seconds before each re-send
RATE_LIMIT_RETRIES = 5
MAX_WAIT = 3600.0  # Mautic's window is an hour: never wait longer than one
NOTICE_AFTER = 1.0  # waits shorter than this are not announced


class InstanceUnavailable(Exception):
    """The instance stopped answering (or a proxy in front of it did); not a verdict on the contract."""


class Lost(Exception):
    """Raised by an adapter's attempt: the request may have reached the server, no answer came back."""


class Unsent(Exception):
    """Raised by an adapter's attempt: the connection could not be opened, nothing was sent."""


@dataclass
class Meter:
    """What the run cost: requests that reached the network, per clause and per kind of credentials."""

    requests: int = 0
    reused: int = 0  # answered from memory: an identical GET with no write since
    retries: int = 0
    rate_limited: int = 0  # 429s received
    waits: int = 0
    waited: float = 0.0  # seconds spent waiting for a rate-limit window or a backoff
    answering: float = 0.0  # seconds from sending a request to having its whole answer: the instance's share
    by_clause: Counter[str] = field(default_factory=Counter)
    by_credentials: Counter[str] = field(default_factory=Counter)
    clause: str = "set-up"  # the clause whose test is running (set by the report plugin)


def credentials_kind(authorization: str | None) -> str:
    scheme = (authorization or "").split(" ", 1)[0].lower()
    return scheme if scheme in ("basic", "bearer") else "none"


class Wire:
    def __init__(
        self,
        *,
        sleep: Callable[[float], None] = time.sleep,
        notify: Callable[[str], None] | None = None,
        clock: Callable[[], float] = time.perf_counter,
    ):
        self.meter = Meter()
        self._sleep = sleep
        self._clock = clock
        self._notify = notify or (lambda line: print(line, file=sys.stderr, flush=True))
        self._lock = threading.Lock()
        self._not_before = 0.0  # monotonic time before which no request goes out (rate-limit window)
        self._answers: dict[tuple[str, str, str, str, bytes], Any] = {}
        # Set once the instance is found unavailable: later requests fail at once instead of each waiting
        # through its retries, until `revive` (the cleanup tries again).
        self.down: str | None = None

    def _unavailable(self, error: str) -> InstanceUnavailable:
        self.down = error
        return InstanceUnavailable(error)

    def revive(self) -> None:
        self.down = None

    def send(
        self,
        method: str,
        url: str,
        authorization: str | None,
        body: bytes,
        attempt: Callable[[], R],
        status: Callable[[R], int],
        headers: Callable[[R], Mapping[str, str]],
        reuse: Callable[[R], R] | None = None,
        library: str = "",
    ) -> R:
        """Send through `attempt` (the library's own send, reading the whole body). With `reuse` (a fresh copy
        of a stored answer, bound to this call), an identical later GET through the same `library` is answered
        from memory."""
        if self.down is not None:
            raise InstanceUnavailable(self.down)
        method = method.upper()
        key = (library, method, url, authorization or "", body)
        with self._lock:
            if method not in SAFE:
                self._answers.clear()  # any write may change what a read answers
            elif reuse is not None and key in self._answers:
                self.meter.reused += 1
                return reuse(self._answers[key])
        failures = 0
        limited = 0
        while True:
            self._pace()
            self._count(authorization)
            started = self._clock()
            try:
                response = attempt()
            except (Unsent, Lost) as exc:
                self._answered(self._clock() - started)  # before any backoff: that is counted apart
                if isinstance(exc, Lost) and method not in SAFE:
                    raise self._unavailable(
                        f"{method} {url} got no answer ({exc}); not re-sent, as it may have been processed"
                    ) from None
                failures = self._backoff(failures, f"{method} {url}: {exc}")
                continue
            self._answered(self._clock() - started)
            code, found = status(response), {k.lower(): v for k, v in headers(response).items()}
            self._note_window(found)
            if code == 429:
                limited += 1
                with self._lock:
                    self.meter.rate_limited += 1
                if limited > RATE_LIMIT_RETRIES:
                    raise self._unavailable(
                        f"{method} {url} is still rate-limited after {RATE_LIMIT_RETRIES} waits"
                    )
                self._wait_for_window(found)
                continue
            if code in PROXY_ERRORS and method in SAFE:
                failures = self._backoff(failures, f"{method} {url}: HTTP {code}", found.get("retry-after"))
                continue
            if code in PROXY_ERRORS:
                raise self._unavailable(
                    f"{method} {url} answered HTTP {code} (a proxy or maintenance page, not Mautic's API); "
                    "not re-sent, as it may have been processed"
                )
            if reuse is not None and method in SAFE:
                with self._lock:
                    self._answers[key] = response
            return response

    # --- pacing --------------------------------------------------------------------------------------------
    def _count(self, authorization: str | None) -> None:
        with self._lock:
            self.meter.requests += 1
            self.meter.by_clause[self.meter.clause] += 1
            self.meter.by_credentials[credentials_kind(authorization)] += 1

    def _answered(self, seconds: float) -> None:
        with self._lock:
            self.meter.answering += seconds

    def _pace(self) -> None:
        delay = self._not_before - time.monotonic()
        if delay > 0:
            self._wait(delay)

    def _wait(self, seconds: float) -> None:
        with self._lock:
            self.meter.waits += 1
            self.meter.waited += seconds
        self._sleep(seconds)

    def _note_window(self, found: Mapping[str, str]) -> None:
        """An exhausted window (X-RateLimit-Remaining 0) holds back the next request until it resets."""
        if found.get("x-ratelimit-remaining", "").strip() == "0":
            self._hold(_seconds_to_reset(found))

    def _wait_for_window(self, found: Mapping[str, str]) -> None:
        seconds = _seconds_to_reset(found)
        if seconds >= NOTICE_AFTER:
            limit = found.get("x-ratelimit-limit", "?")
            self._notify(
                f"Rate limited (X-RateLimit-Limit {limit}): waiting {seconds:.0f} s for the window to reset."
            )
        self._hold(seconds)

    def _hold(self, seconds: float) -> None:
        with self._lock:
            self._not_before = max(self._not_before, time.monotonic() + seconds)

    def _backoff(self, failures: int, error: str, retry_after: str | None = None) -> int:
        if failures >= RETRIES:
            raise self._unavailable(f"instance unavailable after {RETRIES + 1} attempts; last error: {error}")
        with self._lock:
            self.meter.retries += 1
        seconds = BACKOFF[failures]
        if retry_after and retry_after.strip().isdigit():
            seconds = max(seconds, min(float(retry_after), 60.0))
        self._wait(seconds)
        return failures + 1


def _seconds_to_reset(found: Mapping[str, str]) -> float:
    """Seconds until the window resets: X-RateLimit-Reset (Unix time) minus the server's Date, else
    Retry-After, else a minute; never negative, never more than MAX_WAIT."""
    reset, retry_after = found.get("x-ratelimit-reset", ""), found.get("retry-after", "")
    seconds = 60.0
    if reset.strip().isdigit():
        now = time.time()
        if found.get("date"):
            try:
                now = email.utils.parsedate_to_datetime(found["date"]).timestamp()
            except (TypeError, ValueError):
                pass
        # +1: the reset second itself may still belong to the old window.
        seconds = int(reset) - now + 1
    elif retry_after.strip().isdigit():
        seconds = float(retry_after)
    return min(max(seconds, 0.0), MAX_WAIT)
