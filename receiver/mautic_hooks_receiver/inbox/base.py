"""What every inbox backend does: store a verified body once, lend it to a worker, and record the outcome.

The receiver acknowledges a POST only after `store_many` returned, so what Mautic counts as delivered is on disk
(SQLite) or in Redis before the 2xx leaves. Workers `claim` stored deliveries for a visibility timeout: a worker
that dies mid-way never reports back, and the delivery is claimed again once the timeout has passed (at least
once, never at most once); a live worker keeps extending its claims while its handler runs. De-duplication
lives in the store, keyed on the body's SHA-256: Mautic's only re-send is byte-identical, and a key in the store
is shared by every process and survives restarts.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Protocol


class InboxError(RuntimeError):
    """The store could not take or give a delivery (disk full, database locked, Redis unreachable)."""


def digest(body: bytes) -> bytes:
    """The de-duplication key: Mautic's only re-send is the same bytes, so the bytes' hash is the delivery's id."""
    return hashlib.sha256(body).digest()


@dataclass(frozen=True)
class Claimed:
    """A delivery lent to a worker: `attempts` counts this one (1 the first time it is handed out)."""

    id: str
    body: bytes
    attempts: int


@dataclass(frozen=True)
class DeadLetter:
    id: str
    body: bytes
    attempts: int
    error: str


@dataclass(frozen=True)
class Status:
    """Counts across every process on the inbox: waiting (now or after a backoff), lent out, dead."""

    queued: int
    in_flight: int
    dead: int

    def as_dict(self) -> dict[str, int]:
        return {"queued": self.queued, "in_flight": self.in_flight, "dead": self.dead}


class Inbox(Protocol):
    url: str  # without credentials: safe to print

    def store_many(self, bodies: list[bytes]) -> list[bool]:
        """Store each body unless it was stored before; True where it was new. Raises InboxError."""

    def claim(self, consumer: str, visibility: float, block: float, count: int = 1) -> list[Claimed]:
        """Lend up to `count` due deliveries to `consumer` for `visibility` s; wait up to `block` s for one."""

    def extend(self, claimed: list[Claimed], consumer: str, visibility: float) -> None:
        """Keep these claims for another `visibility` s: the worker is alive, its handlers still running."""

    def done(self, claimed: list[Claimed]) -> None:
        """The handler returned: the deliveries are finished (their digests stay, for de-duplication)."""

    def retry(self, claimed: Claimed, error: str, delay: float) -> None:
        """The handler raised: hand the delivery out again after `delay` s."""

    def bury(self, claimed: Claimed, error: str) -> None:
        """Move the delivery, raw, to the dead-letter list (attempts exhausted, or its body does not parse)."""

    def release(self, claimed: Claimed) -> None:
        """Give a delivery back untouched, not counting the attempt (a worker shutting down)."""

    def dead(self, limit: int = 100) -> list[DeadLetter]: ...

    def requeue(self, ids: list[str] | None = None) -> int:
        """Put dead deliveries (all when `ids` is None) back in the queue with their attempts reset."""

    def status(self) -> Status: ...

    def close(self) -> None: ...
