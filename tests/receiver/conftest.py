"""Fixtures for the receiver kit's tests: the reference receiver on loopback.

Also makes tests/webhooks/deliveries.py (the recorded POSTs) importable, before any test module imports it.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "webhooks"))

from receiver_support import SECRET, ReceiverProcess


@pytest.fixture(scope="module")
def receiver() -> Iterator[ReceiverProcess]:
    process = ReceiverProcess(SECRET)
    try:
        yield process
    finally:
        process.stop()
