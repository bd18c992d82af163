"""What a run will cost on this instance, known before it is paid.

The preflight times a few requests with and without credentials (on Mautic, HTTP Basic pays a bcrypt check
on every request, a bearer token or a refused request does not); the profile's expected request counts,
measured on the sandbox (`python -m bench.contract_profiles`, BENCHMARKS.md), turn that into a wall time.
"""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass

import httpx

from mautic_hooks_contract.runner.settings import Settings

# Requests a run sends, (with credentials, without), full mode with a second identity, measured on the
# sandbox seeded like `make contract`'s (24 hooks, BENCHMARKS.md; default re-measured after issue 17's clauses:
# 2,140-2,193 + 73-98 in four runs); `thorough` and read-only mode (GETs only) are scaled from them, not measured.
EXPECTED = {
    ("full", "quick"): (338, 32),
    ("full", "default"): (2150, 75),
    ("full", "thorough"): (6350, 270),
    ("readonly", "quick"): (70, 10),
    ("readonly", "default"): (360, 20),
    ("readonly", "thorough"): (1100, 60),
}
# The suite's own work per request (generation, checks): the wall time less the time waiting for answers (the
# report's "s waiting for answers") and the start-up, per request: 8-9 ms on a real Mautic and on the sandbox
# alike (issue 19's measurements, BENCHMARKS.md).
CLIENT_SECONDS = 0.008
STARTUP_SECONDS = 2.6  # interpreter, pytest, schema loading, set-up and cleanup
# An average request of a run costs the instance more than the sampled read of the trigger catalogue (writes,
# listings, error pages): on a real Mautic 5.1.0 40 ms against 26 ms sampled, i.e. +0.65 × the time of a
# refused request (21 ms there: what the framework costs before any work). Counted on requests with credentials.
SERVER_EXTRA = 0.65
SLOW_BASIC = 0.1  # seconds per request from which HTTP Basic is worth replacing by OAuth2


@dataclass(frozen=True)
class Cost:
    with_credentials: float  # seconds per request, median
    without: float

    @classmethod
    def measure(cls, settings: Settings, auth: httpx.Auth, *, samples: int = 3) -> Cost:
        """Median round trip of `samples` GET /hooks/triggers with credentials, and one refused without,
        over one kept-alive connection (as the run sends them)."""
        url = settings.api_url + "/hooks/triggers"
        with httpx.Client(verify=settings.tls_verify, timeout=30) as client:
            client.get(url)  # opens the connection: its handshake is no per-request cost

            def timed(**kwargs: object) -> float:
                started = time.perf_counter()
                client.get(url, **kwargs)  # type: ignore[arg-type]
                return time.perf_counter() - started

            with_credentials = statistics.median(timed(auth=auth) for _ in range(samples))
            without = timed()
        return cls(with_credentials, without)


@dataclass(frozen=True)
class Estimate:
    requests_with: int
    requests_without: int
    seconds: float

    @property
    def requests(self) -> int:
        return self.requests_with + self.requests_without


def expected(settings: Settings, cost: Cost, *, per_request: float | None = None) -> Estimate:
    """Expected requests and wall time of the configured run; `per_request` replaces the measured cost
    with credentials (what-if: another kind of credentials)."""
    with_, without = EXPECTED[(settings.mode, settings.profile.name)]
    paid = cost.with_credentials if per_request is None else per_request
    extra = SERVER_EXTRA * cost.without
    seconds = (
        STARTUP_SECONDS + with_ * (paid + extra + CLIENT_SECONDS) + without * (cost.without + CLIENT_SECONDS)
    )
    return Estimate(with_, without, seconds)


def milliseconds(seconds: float) -> str:
    """A request's cost: a loopback sandbox answers in well under a millisecond, a real Mautic in tens or
    hundreds."""
    return f"{seconds * 1000:.1f} ms" if seconds < 0.01 else f"{seconds * 1000:.0f} ms"


def duration(seconds: float) -> str:
    seconds = round(seconds)
    if seconds < 60:
        return f"{seconds} s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {seconds:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"


def announce(settings: Settings, cost: Cost) -> list[str]:
    """The preflight's lines: the measured cost and the expectation, and once, when Basic is slow, what
    OAuth2 would save."""
    estimate = expected(settings, cost)
    lines = [
        (
            f"Cost: {milliseconds(cost.with_credentials)} per request with credentials, "
            f"{milliseconds(cost.without)} without; profile {settings.profile.name} ({settings.mode}): "
            f"~{estimate.requests:,} requests, ~{duration(estimate.seconds)} expected."
        )
    ]
    basic = not settings.identity.uses_oauth2
    if basic and cost.with_credentials > SLOW_BASIC and cost.with_credentials > 4 * cost.without:
        # A bearer token skips the password hash: it costs about what a refused request costs.
        oauth = expected(settings, cost, per_request=cost.without)
        lines.append(
            f"HTTP Basic costs {cost.with_credentials:.2f} s per request here (Mautic checks the password hash "
            f"every time); an OAuth2 client (MAUTIC_CLIENT_ID/MAUTIC_CLIENT_SECRET) would take this run from "
            f"~{duration(estimate.seconds)} to ~{duration(oauth.seconds)}."
        )
    return lines
