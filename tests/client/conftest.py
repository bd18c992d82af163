"""Fixtures for the generated client's tests: a real sandbox on loopback, clients for its users, sync/async calls."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from typing import Any

import attrs
import httpx
import pytest
from client_support import basic_auth_client, hook_body
from mautic_hooks_client import AuthenticatedClient, Client
from mautic_hooks_client.api.hooks import create_hook
from mautic_hooks_client.models import Hook
from mautic_hooks_client.types import Response


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "install: pip-installs the generated client into a throw-away venv (a few seconds; needs setuptools from the index)",
    )


@pytest.fixture(scope="session")
def sandbox() -> Iterator[Any]:
    """One sandbox server for the session; tests create what they need and never rely on ids they did not make."""
    from mautic_hooks_contract.sandbox.launcher import SandboxProcess

    with SandboxProcess() as process:
        yield process


@pytest.fixture(scope="session")
def admin(sandbox: Any) -> Client:
    return basic_auth_client(sandbox.api_url, sandbox.admin)


@pytest.fixture(scope="session")
def limited(sandbox: Any) -> Client:
    return basic_auth_client(sandbox.api_url, sandbox.limited)


@pytest.fixture(scope="session")
def oauth_token(sandbox: Any) -> str:
    client_id, client_secret = sandbox.client
    response = httpx.post(
        f"{sandbox.url}/oauth/v2/token",
        data={"grant_type": "client_credentials", "client_id": client_id, "client_secret": client_secret},
    )
    assert response.status_code == 200, response.text
    return response.json()["access_token"]


@pytest.fixture(scope="session")
def oauth(sandbox: Any, oauth_token: str) -> AuthenticatedClient:
    return AuthenticatedClient(base_url=sandbox.api_url, token=oauth_token)


Call = Callable[..., Response[Any]]


@pytest.fixture(params=["sync", "async"])
def call(request: pytest.FixtureRequest) -> Call:
    """`call(operation, *args, client=..., **kwargs)`: the operation's `sync_detailed`, or `asyncio_detailed`.

    Every test that takes this fixture runs twice, once per flavour. The async flavour runs each call in its own
    event loop, on a copy of the client: httpx's AsyncClient is bound to the loop that first used it.
    """
    if request.param == "sync":
        return lambda operation, *args, **kwargs: operation.sync_detailed(*args, **kwargs)

    def call_async(operation: Any, *args: Any, client: Client, **kwargs: Any) -> Response[Any]:
        async def run() -> Response[Any]:
            async with attrs.evolve(client) as fresh_client:
                return await operation.asyncio_detailed(*args, client=fresh_client, **kwargs)

        return asyncio.run(run())

    return call_async


@pytest.fixture
def new_hook(admin: Client) -> Callable[..., Hook]:
    """Create a hook as admin (sync, outside the code under test's flavour) and return it."""

    def create(name: str = "client test hook", **fields: Any) -> Hook:
        response = create_hook.sync_detailed(client=admin, body=hook_body(name, **fields))
        assert response.status_code == 201, response.content
        return response.parsed.hook

    return create
