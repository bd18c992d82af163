"""Fixtures for the receiver kit's tests: the reference receiver on loopback, a real redis-server, inbox URLs.

Also makes tests/document/webhooks/deliveries.py (the recorded POSTs) importable, before any test module imports it.
"""

from __future__ import annotations

import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "document" / "webhooks"))

from inbox_support import Command
from receiver_support import SECRET, ReceiverProcess
from redis_support import RedisServer


@pytest.fixture(scope="module")
def receiver() -> Iterator[ReceiverProcess]:
    process = ReceiverProcess(SECRET)
    try:
        yield process
    finally:
        process.stop()


@pytest.fixture(scope="session")
def redis_server() -> Iterator[RedisServer]:
    """One real redis-server for the session; tests keep apart by key prefix (see `inbox_url`)."""
    with RedisServer() as server:
        yield server


@pytest.fixture(params=["sqlite", "redis"])
def inbox_url(request, tmp_path: Path) -> str:
    """A fresh inbox on each backend: a SQLite file of the test's own, or a key prefix of its own on Redis."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'inbox.sqlite3'}"
    server = request.getfixturevalue("redis_server")
    return f"{server.url}?prefix=test-{uuid.uuid4().hex[:12]}"


@pytest.fixture(autouse=True)
def _no_process_left_behind() -> Iterator[None]:
    """Stops what a test started with inbox_support.Command and did not stop (it failed half-way)."""
    yield
    while Command.started:
        Command.started.pop().stop()
