"""Helpers shared by the client tests. Importing this module makes the generated client importable.

The tests import generated/mautic-hooks-client/ straight from the work tree rather than from a pip install into
.venv, so they always exercise the committed code; test_client_install.py checks that it also installs.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import httpx

DISTRIBUTION = Path(__file__).resolve().parents[2] / "generated" / "mautic-hooks-client"
sys.path.insert(0, str(DISTRIBUTION))

from mautic_hooks_client import Client
from mautic_hooks_client.models import HookCreate

# Webhook URLs point at a closed loopback port: nothing must ever be delivered off this machine.
SINK_URL = "http://127.0.0.1:9/hook"


def basic_auth_client(base_url: str, credentials: tuple[str, str], **options: Any) -> Client:
    """The way the README tells users to do Basic auth: the generator has no Basic auth client of its own."""
    return Client(base_url=base_url, httpx_args={"auth": httpx.BasicAuth(*credentials)}, **options)


def hook_body(name: str, **fields: Any) -> HookCreate:
    return HookCreate(name=name, webhook_url=SINK_URL, triggers=["mautic.lead_points_change"], **fields)
