"""What the contract suite is pointed at and how hard it pushes, read from the environment.

Every misconfiguration is reported as one sentence that says what to set, before any request is sent:
a contract run that starts with a wall of failures caused by a typo helps nobody.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from mautic_hooks_contract.runner.budget import Budget, BudgetError


class ConfigError(Exception):
    """A setting is missing or wrong; the message says which and what to do."""


@dataclass(frozen=True)
class Profile:
    """How deep a run goes. Numbers are Hypothesis examples per test (or per operation)."""

    name: str
    operation_examples: int  # schemathesis cases per operation (stateless phases)
    stateful_examples: int  # state-machine scenarios
    stateful_steps: int
    property_examples: int  # hand-written hypothesis properties
    # Schemathesis's coverage phase: every boundary and negative value of every parameter, deterministic. It is
    # most of a run's requests; `quick` leaves it to the deeper profiles.
    coverage: bool = True


PROFILES = {
    "quick": Profile(
        "quick",
        operation_examples=8,
        stateful_examples=8,
        stateful_steps=5,
        property_examples=4,
        coverage=False,
    ),
    "default": Profile(
        "default", operation_examples=40, stateful_examples=25, stateful_steps=6, property_examples=15
    ),
    "thorough": Profile(
        "thorough", operation_examples=150, stateful_examples=100, stateful_steps=12, property_examples=60
    ),
}

MODES = ("full", "readonly")

# Every setting, once: `mautic-hooks-contract --help` lists this table (README's configuration table says
# the same in prose). (name, meaning, default)
TABLE: tuple[tuple[str, str, str], ...] = (
    ("MAUTIC_URL", "the Mautic site root (the suite adds /api)", "unset: the embedded sandbox"),
    ("MAUTIC_USERNAME, MAUTIC_PASSWORD", "a Mautic user, over HTTP Basic", "-"),
    ("MAUTIC_CLIENT_ID, MAUTIC_CLIENT_SECRET", "or an OAuth2 client (client credentials): ~25x faster", "-"),
    ("MAUTIC_LIMITED_USERNAME, MAUTIC_LIMITED_PASSWORD (or _CLIENT_ID/_CLIENT_SECRET)",
     "second identity with own-level webhook rights, for the permission clauses", "unset: skipped"),
    ("MAUTIC_CATEGORY_ID", "an existing category id for the run's hooks", "unset: the first webhook category, found read-only"),
    ("MAUTIC_TLS_VERIFY", "false turns TLS certificate checks off", "true"),
    ("CONTRACT_MODE", "full, or readonly (GET requests only)", "full"),
    ("CONTRACT_PROFILE", "quick, default or thorough", "default"),
    ("CONTRACT_SEED", "a number, for reproducible generated cases", "random"),
    ("CONTRACT_STRICT", "1 fails on known upstream defects too", "off"),
    ("CONTRACT_BUDGET", "a duration (90s, 5m, 1h30m) or a request count (500) the run must fit", "none"),
    ("CONTRACT_WORKERS", "processes running independent clauses at once (README: when to raise it)", "1"),
)  # fmt: skip


@dataclass(frozen=True)
class Identity:
    """Credentials of one caller: Basic (username/password) or OAuth2 client credentials."""

    username: str | None = None
    password: str | None = field(default=None, repr=False)
    client_id: str | None = None
    client_secret: str | None = field(default=None, repr=False)

    @property
    def uses_oauth2(self) -> bool:
        return self.client_id is not None

    def describe(self) -> str:
        """Who this is, without any secret."""
        if self.uses_oauth2:
            return f"OAuth2 client {self.client_id}"
        return f"user {self.username} (HTTP Basic)"


@dataclass(frozen=True)
class Settings:
    site_url: str  # the Mautic site root; the API is at site_url + "/api"
    identity: Identity
    limited: Identity | None  # optional second identity with fewer rights, for permission checks
    mode: str = "full"
    profile: Profile = PROFILES["default"]
    seed: int | None = None
    tls_verify: bool = True
    strict: bool = False  # fail on known upstream defects too
    category_id: int | None = None  # an existing category to attach in generated bodies
    budget: Budget | None = None  # CONTRACT_BUDGET
    workers: int = 1  # CONTRACT_WORKERS
    # The delivery clauses (contract_tests/test_delivery.py): on/off, the URL the instance POSTs to, and
    # the local address the suite's receiver listens on.
    delivery: bool = False
    receiver_url: str | None = None
    receiver_bind: tuple[str, int] = ("127.0.0.1", 0)

    @property
    def api_url(self) -> str:
        return self.site_url + "/api"

    @property
    def readonly(self) -> bool:
        return self.mode == "readonly"

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if env is None else env
        site_url = _site_url(env.get("MAUTIC_URL", ""))
        mode = env.get("CONTRACT_MODE", "full").strip().lower()
        if mode not in MODES:
            raise ConfigError(f"CONTRACT_MODE must be one of {', '.join(MODES)}, not {mode!r}.")
        profile_name = env.get("CONTRACT_PROFILE", "default").strip().lower()
        if profile_name not in PROFILES:
            raise ConfigError(f"CONTRACT_PROFILE must be one of {', '.join(PROFILES)}, not {profile_name!r}.")
        return cls(
            site_url=site_url,
            identity=_identity(env, "MAUTIC", required=True),
            limited=_identity(env, "MAUTIC_LIMITED", required=False),
            mode=mode,
            profile=PROFILES[profile_name],
            seed=_optional_int(env, "CONTRACT_SEED"),
            tls_verify=_flag(env, "MAUTIC_TLS_VERIFY", default=True),
            strict=_flag(env, "CONTRACT_STRICT", default=False),
            category_id=_optional_int(env, "MAUTIC_CATEGORY_ID"),
            budget=_budget(env),
            workers=_workers(env),
            **_delivery(env, site_url),
        )


def _delivery(env: Mapping[str, str], site_url: str) -> dict:
    """CONTRACT_DELIVERY, CONTRACT_RECEIVER_URL, CONTRACT_RECEIVER_BIND."""
    enabled = _flag(env, "CONTRACT_DELIVERY", default=False)
    receiver_url = env.get("CONTRACT_RECEIVER_URL", "").strip().rstrip("/") or None
    raw_bind = env.get("CONTRACT_RECEIVER_BIND", "").strip()
    host, _, port = raw_bind.rpartition(":") if raw_bind else ("127.0.0.1", "", "0")
    if not host or not port.isdigit():
        raise ConfigError(f"CONTRACT_RECEIVER_BIND must be host:port, e.g. 0.0.0.0:8765, not {raw_bind!r}.")
    if receiver_url is not None:
        parts = urlsplit(receiver_url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ConfigError(f"CONTRACT_RECEIVER_URL must be an http(s) URL, not {receiver_url!r}.")
        if not raw_bind and parts.port:
            port = str(parts.port)  # listen where the URL says, on loopback
    elif enabled and urlsplit(site_url).hostname not in ("127.0.0.1", "localhost", "::1"):
        raise ConfigError(
            "CONTRACT_DELIVERY=1 needs CONTRACT_RECEIVER_URL: an address of this machine that the Mautic "
            "instance can reach (and CONTRACT_RECEIVER_BIND, the local host:port to listen on)."
        )
    return {"delivery": enabled, "receiver_url": receiver_url, "receiver_bind": (host.strip("[]"), int(port))}


def _site_url(raw: str) -> str:
    url = raw.strip().rstrip("/")
    if not url:
        raise ConfigError(
            "MAUTIC_URL is not set: give the Mautic site root, e.g. https://mautic.example.org."
        )
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ConfigError(
            f"MAUTIC_URL must be an http(s) URL of the site root, e.g. https://mautic.example.org, not {raw!r}."
        )
    if url.endswith("/api"):
        raise ConfigError("MAUTIC_URL is the site root; leave out the trailing /api (the suite adds it).")
    return url


def _identity(env: Mapping[str, str], prefix: str, *, required: bool) -> Identity | None:
    user, password = env.get(f"{prefix}_USERNAME"), env.get(f"{prefix}_PASSWORD")
    client, secret = env.get(f"{prefix}_CLIENT_ID"), env.get(f"{prefix}_CLIENT_SECRET")
    if user and client:
        raise ConfigError(
            f"Set either {prefix}_USERNAME/{prefix}_PASSWORD or {prefix}_CLIENT_ID/{prefix}_CLIENT_SECRET, not both."
        )
    if user:
        if not password:
            raise ConfigError(f"{prefix}_USERNAME is set but {prefix}_PASSWORD is not.")
        return Identity(username=user, password=password)
    if client:
        if not secret:
            raise ConfigError(f"{prefix}_CLIENT_ID is set but {prefix}_CLIENT_SECRET is not.")
        return Identity(client_id=client, client_secret=secret)
    if required:
        raise ConfigError(
            f"No credentials: set {prefix}_USERNAME and {prefix}_PASSWORD (HTTP Basic) "
            f"or {prefix}_CLIENT_ID and {prefix}_CLIENT_SECRET (OAuth2 client credentials)."
        )
    return None


def _budget(env: Mapping[str, str]) -> Budget | None:
    raw = env.get("CONTRACT_BUDGET", "").strip()
    if not raw:
        return None
    try:
        return Budget.parse(raw)
    except BudgetError as exc:
        raise ConfigError(str(exc)) from None


def _workers(env: Mapping[str, str]) -> int:
    workers = _optional_int(env, "CONTRACT_WORKERS")
    workers = 1 if workers is None else workers
    if not 1 <= workers <= 16:
        raise ConfigError(f"CONTRACT_WORKERS must be between 1 and 16, not {workers}.")
    if workers > 1 and env.get("CONTRACT_BUDGET", "").strip():
        raise ConfigError("CONTRACT_BUDGET needs CONTRACT_WORKERS=1: a budget is spent by one run in order.")
    return workers


def _optional_int(env: Mapping[str, str], name: str) -> int | None:
    raw = env.get(name, "").strip()
    if not raw:
        return None
    try:
        return int(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a whole number, not {raw!r}.") from None


def _flag(env: Mapping[str, str], name: str, *, default: bool) -> bool:
    raw = env.get(name, "").strip().lower()
    if not raw:
        return default
    if raw in ("1", "true", "yes", "on"):
        return True
    if raw in ("0", "false", "no", "off"):
        return False
    raise ConfigError(f"{name} must be true or false, not {raw!r}.")
