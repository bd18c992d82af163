"""Fixtures: a receiver on 127.0.0.1 and sandboxes that deliver to it, all over real HTTP."""

from __future__ import annotations

import httpx
import pytest
from delivery_support import Hooks

from mautic_hooks_contract.runner.receiver import Receiver
from mautic_hooks_contract.sandbox.launcher import SandboxProcess


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


@pytest.fixture
def hooks(api, receiver):
    made = Hooks(api, receiver)
    yield made
    made.cleanup()


@pytest.fixture(scope="module")
def contact(api):
    """An identified contact whose points the tests change to trigger deliveries."""
    return api.post("/contacts/new", json={"firstname": "Grace", "email": "grace@example.com"}).json()[
        "contact"
    ]["id"]


@pytest.fixture
def bump(api, contact):
    """One points/plus/1, the trigger of every failure experiment of DELIVERIES.md §5.3."""

    def run():
        response = api.post(f"/contacts/{contact}/points/plus/1")
        assert response.status_code == 200, response.text
        return response

    return run
