"""Every request the suite sends goes through one `Wire`: the place that counts, paces and retries.

A real Mautic is slow (HTTP Basic costs a bcrypt check per request), may rate-limit the API
(`api_rate_limiter_limit`, 429 with `X-RateLimit-*` headers) and may sit behind a proxy that drops a
connection now and then. None of that is the contract's business, so none of it may fail a clause:

- `Wire.send` waits out a 429 as its headers say, retries idempotent requests after a reset, a timeout or a
  proxy's 502/503/504 (bounded, with backoff) and raises `InstanceUnavailable` when that persists;
- it answers a GET that repeats one already answered, with no write in between, from memory;
- it counts requests per clause, waits and retries for the report (`Meter`).

`HttpxTransport` (the suite's own client) and `RequestsAdapter` (schemathesis's) only adapt their library.
"""

from mautic_hooks_contract.runner.transport.wire import InstanceUnavailable, Meter, Wire

__all__ = ["InstanceUnavailable", "Meter", "Wire", "the_wire"]

_WIRE: Wire | None = None


def the_wire() -> Wire:
    """The process's wire: one run per process, and every client of the run (and the report) shares it."""
    global _WIRE
    if _WIRE is None:
        _WIRE = Wire()
    return _WIRE
