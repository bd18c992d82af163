"""Delivery settings: Mautic's webhook parameters plus the sandbox's safety switches.

Mautic's defaults come from WebhookBundle/Config/config.php:75-83 (DELIVERIES.md §5.1). The server stores the
settings it runs with in its database (``delivery_config``), so that ``python -m mautic_hooks_contract.sandbox process-webhooks``
and ``fire``, separate processes, deliver exactly as the server would.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sqlite3
from dataclasses import dataclass

IMMEDIATE = "immediate_process"
COMMAND = "command_process"
# Mautic sets no timeout at all (DELIVERIES.md §3, §5.3: a bare GuzzleHttp\Client, CoreBundle/Config/
# services.php:45; `webhook_timeout` is read but never applied, WebhookModel.php:93, 671). A sandbox that
# waited forever on a hung receiver would hang its caller too, so it bounds the wait.
DEFAULT_TIMEOUT = 10.0

_SCHEMA = "CREATE TABLE IF NOT EXISTS delivery_config (id INTEGER PRIMARY KEY CHECK (id = 1), settings TEXT)"


@dataclass(frozen=True)
class DeliverySettings:
    queue_mode: str = IMMEDIATE
    webhook_limit: int = 10
    events_orderby_dir: str = "ASC"
    webhook_disable_limit: int = 100
    # X-Origin-Base-URL; None until the server knows its own URL (serve sets it after binding).
    site_url: str | None = None
    timeout: float = DEFAULT_TIMEOUT
    # Sandbox safety: deliver to loopback addresses only, unless this is set.
    deliver_to_any_host: bool = False
    # Seconds added to "now" by the kill rule's "modified in the last 2 days" test, so a test can age a hook.
    clock_offset: float = 0.0

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None, **overrides) -> DeliverySettings:
        env = os.environ if env is None else env
        values: dict = {}
        for field, name, cast in (
            ("queue_mode", "SANDBOX_QUEUE_MODE", str),
            ("webhook_limit", "SANDBOX_WEBHOOK_LIMIT", int),
            ("events_orderby_dir", "SANDBOX_EVENTS_ORDERBY_DIR", str.upper),
            ("webhook_disable_limit", "SANDBOX_WEBHOOK_DISABLE_LIMIT", int),
            ("site_url", "SANDBOX_SITE_URL", str),
            ("timeout", "SANDBOX_DELIVERY_TIMEOUT", float),
            ("clock_offset", "SANDBOX_CLOCK_OFFSET", float),
        ):
            if env.get(name):
                values[field] = cast(env[name])
        if env.get("SANDBOX_DELIVER_TO_ANY_HOST") in ("1", "true", "yes"):
            values["deliver_to_any_host"] = True
        values.update({k: v for k, v in overrides.items() if v is not None})
        settings = cls(**values)
        if settings.queue_mode not in (IMMEDIATE, COMMAND):
            raise ValueError(f"queue mode must be {IMMEDIATE} or {COMMAND}, not {settings.queue_mode!r}")
        if settings.events_orderby_dir not in ("ASC", "DESC"):
            raise ValueError("events_orderby_dir must be ASC or DESC")
        return settings


def store(conn: sqlite3.Connection, settings: DeliverySettings, faults: tuple[str, ...]) -> None:
    conn.execute(_SCHEMA)
    text = json.dumps({"settings": dataclasses.asdict(settings), "faults": list(faults)})
    conn.execute("INSERT OR REPLACE INTO delivery_config (id, settings) VALUES (1, ?)", (text,))


def load(conn: sqlite3.Connection) -> tuple[DeliverySettings, tuple[str, ...]]:
    """The settings the server last ran with (defaults when it never ran on this database)."""
    conn.execute(_SCHEMA)
    row = conn.execute("SELECT settings FROM delivery_config WHERE id = 1").fetchone()
    if row is None:
        return DeliverySettings(), ()
    data = json.loads(row[0])
    return DeliverySettings(**data["settings"]), tuple(data["faults"])
