"""Fixtures: a receiver on 127.0.0.1 and sandboxes that deliver to it, all over real HTTP."""

from __future__ import annotations

import httpx
import pytest

from contract_tests.receiver import Receiver
from sandbox.launcher import SandboxProcess


@pytest.fixture(scope="module")
def receiver():
    with Receiver() as running:
        yield running


@pytest.fixture(autouse=True)
def _fresh_receiver(receiver):
    receiver.deliveries.clear()
    receiver.answers.clear()


@pytest.fixture(scope="module")
def sandbox():
    with SandboxProcess() as process:
        yield process


@pytest.fixture(scope="module")
def api(sandbox):
    with httpx.Client(base_url=sandbox.api_url, auth=sandbox.admin, timeout=30) as client:
        yield client
