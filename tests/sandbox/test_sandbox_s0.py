"""The documented seed makes exactly the recordings' initial state S0 (tests/recordings/mautic-5.1.0/README.md)."""

from __future__ import annotations

import subprocess
import sys

import httpx

from mautic_hooks_contract.sandbox.launcher import SandboxProcess

CATEGORY = {"createdByUser": "Admin User", "modifiedByUser": None, "description": None, "bundle": "webhook"}


def test_seed_0_with_two_categories_is_s0(tmp_path):
    db = tmp_path / "s0.sqlite3"
    cmd = [
        sys.executable,
        "-m",
        "mautic_hooks_contract.sandbox",
        "seed",
        "--db",
        str(db),
        "--hooks",
        "0",
        "--categories",
        "2",
        "--seed",
        "0",
    ]
    subprocess.run(cmd, check=True, capture_output=True, timeout=60)
    with SandboxProcess(db_path=db) as sandbox:
        token = httpx.post(
            f"{sandbox.url}/oauth/v2/token",
            data={
                "grant_type": "client_credentials",
                "client_id": sandbox.client[0],
                "client_secret": sandbox.client[1],
            },
        ).json()
        assert list(token) == ["access_token", "expires_in", "token_type", "scope"]
        assert token["expires_in"] == 3600 and token["token_type"] == "bearer" and token["scope"] is None
        bearer = {"Authorization": f"Bearer {token['access_token']}"}
        api = f"{sandbox.url}/api/hooks"
        assert httpx.get(api, headers=bearer).json() == {"total": 0, "hooks": []}
        hooks = []
        for category in (1, 2):
            body = {"name": f"s0-{category}", "webhookUrl": "http://127.0.0.1:9/", "category": category}
            hooks.append(httpx.post(f"{api}/new", json=body, headers=bearer).json()["hook"])
        assert [h["id"] for h in hooks] == [1, 2]  # the next hook id is 1
        assert {(h["createdBy"], h["createdByUser"]) for h in hooks} == {(None, "Sandbox Client [1]")}
        assert [h["category"] for h in hooks] == [
            {**CATEGORY, "id": 1, "title": "Seed category 1", "alias": "seed-category-1", "color": "c53edf"},
            {**CATEGORY, "id": 2, "title": "Seed category 2", "alias": "seed-category-2", "color": "d75528"},
        ]
        for auth, name in ((sandbox.admin, "Admin User"), (sandbox.limited, "Limited User")):
            made = httpx.post(
                f"{api}/new", json={"name": "s0-u", "webhookUrl": "http://127.0.0.1:9/"}, auth=auth
            )
            assert made.json()["hook"]["createdByUser"] == name
        # The limited role sees only its own hooks.
        assert httpx.get(api, auth=sandbox.limited).json()["total"] == 1
