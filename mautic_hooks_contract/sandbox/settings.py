"""Runtime configuration, read once from the environment and the command line.

Kept in one frozen dataclass so request handlers never touch ``os.environ`` on the hot path.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from .deliveries.config import DeliverySettings

DEFAULT_ADMIN = ("admin", "mautic")
DEFAULT_LIMITED = ("limited", "limited")
DEFAULT_CLIENT = ("sandbox-client", "sandbox-secret")
DEFAULT_DB = ".state/sandbox.sqlite3"
# api_oauth2_access_token_lifetime is 60 minutes (app/bundles/ApiBundle/Config/config.php:97-107).
DEFAULT_TOKEN_LIFETIME = 3600


@dataclass(frozen=True)
class Settings:
    host: str = "127.0.0.1"
    port: int = 8080
    db_path: Path = Path(DEFAULT_DB)
    # Mautic ships both switches off (ApiBundle/Config/config.php:97-107); a sandbox exists to be called,
    # so both default to on here and the flags reproduce Mautic's 403 bodies.
    api_enabled: bool = True
    basic_auth_enabled: bool = True
    admin: tuple[str, str] = DEFAULT_ADMIN
    limited: tuple[str, str] = DEFAULT_LIMITED
    client: tuple[str, str] = DEFAULT_CLIENT
    token_lifetime: int = DEFAULT_TOKEN_LIFETIME
    seed_hooks: int = 0
    # One "METHOD target" line per request, appended to this file: evidence of what a client really sent
    # (e.g. that the contract suite's read-only mode sends GETs only). Off unless set.
    request_log: Path | None = None
    # Named deviations from Mautic's contract (mautic_hooks_contract/sandbox/faults.py), to prove the contract suite catches them.
    faults: tuple[str, ...] = ()
    # Webhook delivery: Mautic's parameters and the sandbox's safety switches (mautic_hooks_contract/sandbox/deliveries/config.py).
    delivery: DeliverySettings = field(default_factory=DeliverySettings)

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None, **overrides) -> Settings:
        """Build settings from ``SANDBOX_*`` variables; explicit keyword overrides (the CLI) win."""
        env = os.environ if env is None else env
        values = {
            "port": int(env.get("SANDBOX_PORT", "8080")),
            "db_path": Path(env.get("SANDBOX_DB", DEFAULT_DB)),
            "admin": (
                env.get("SANDBOX_USERNAME", DEFAULT_ADMIN[0]),
                env.get("SANDBOX_PASSWORD", DEFAULT_ADMIN[1]),
            ),
            "limited": (
                env.get("SANDBOX_LIMITED_USERNAME", DEFAULT_LIMITED[0]),
                env.get("SANDBOX_LIMITED_PASSWORD", DEFAULT_LIMITED[1]),
            ),
            "client": (
                env.get("SANDBOX_CLIENT_ID", DEFAULT_CLIENT[0]),
                env.get("SANDBOX_CLIENT_SECRET", DEFAULT_CLIENT[1]),
            ),
            "token_lifetime": int(env.get("SANDBOX_TOKEN_LIFETIME", str(DEFAULT_TOKEN_LIFETIME))),
            "request_log": Path(env["SANDBOX_REQUEST_LOG"]) if env.get("SANDBOX_REQUEST_LOG") else None,
            "delivery": DeliverySettings.from_env(env),
        }
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)
