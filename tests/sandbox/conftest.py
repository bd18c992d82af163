"""Fixtures: one sandbox subprocess per session, reached over real HTTP with httpx."""

from __future__ import annotations

import sqlite3
import uuid

import httpx
import pytest

from mautic_hooks_contract.sandbox.launcher import SandboxProcess


@pytest.fixture(scope="session")
def sandbox():
    with SandboxProcess() as process:
        yield process


@pytest.fixture(scope="session")
def restricted_sandbox():
    """Basic auth off and 2-second tokens, for the 403 and token-expiry tests."""
    with SandboxProcess(extra_args=["--basic-auth-disabled"], env={"SANDBOX_TOKEN_LIFETIME": "2"}) as process:
        yield process


@pytest.fixture(scope="session")
def api(sandbox):
    with httpx.Client(base_url=sandbox.api_url, auth=sandbox.admin, timeout=10) as client:
        yield client


@pytest.fixture(scope="session")
def limited_api(sandbox):
    with httpx.Client(base_url=sandbox.api_url, auth=sandbox.limited, timeout=10) as client:
        yield client


@pytest.fixture(scope="session")
def anon(sandbox):
    with httpx.Client(base_url=sandbox.url, timeout=10) as client:
        yield client


@pytest.fixture
def tag():
    """A unique word to put in hook names so a test can find exactly its own hooks."""
    return "t" + uuid.uuid4().hex[:10]


@pytest.fixture
def make_hook(api):
    def make(name="hook", client=None, **fields):
        body = {"name": name, "webhookUrl": "http://127.0.0.1:9/sink", **fields}
        response = (client or api).post("/hooks/new", json=body)
        assert response.status_code == 201, response.text
        return response.json()["hook"]

    return make


@pytest.fixture(scope="session")
def category(sandbox):
    """One seeded category, read back from the database file (WAL lets the test read it)."""
    from mautic_hooks_contract.sandbox.seed import seed

    seed(sandbox.db_path, hooks=0, categories=1, seed=7)
    conn = sqlite3.connect(sandbox.db_path)
    try:
        row = conn.execute("SELECT id, alias, title FROM categories ORDER BY id DESC LIMIT 1").fetchone()
    finally:
        conn.close()
    return {"id": row[0], "alias": row[1], "title": row[2]}
