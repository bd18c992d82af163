"""State of one contract run, shared by fixtures, schemathesis hooks and checks.

Schemathesis hooks and checks are plain functions registered globally, so they reach the run through
`current()`; pytest fixtures create it once per session and close it at the end (also on Ctrl-C).
"""

from __future__ import annotations

import functools
import sys
import zlib
from dataclasses import dataclass, field

import requests

from mautic_hooks_contract.runner.api import HooksApi, Ledger, new_run_prefix, sweep
from mautic_hooks_contract.runner.auth import TokenSource, httpx_auth, token_source_for
from mautic_hooks_contract.runner.categories import CategoryChoice, choose
from mautic_hooks_contract.runner.defects import Baseline
from mautic_hooks_contract.runner.redact import remember
from mautic_hooks_contract.runner.settings import Identity, Settings
from mautic_hooks_contract.runner.transport import InstanceUnavailable, Wire, the_wire
from mautic_hooks_contract.runner.transport.adapters import HttpxTransport, requests_session

# Ids handed to generated writes that must hit nothing: far above any real auto-increment value, below
# MySQL's INT maximum. A PUT there creates a new hook (new id), which the ledger then owns.
ABSENT_ID_BASE = 2_000_000_000
POOL_SIZE = 3


@dataclass
class Run:
    settings: Settings
    api: HooksApi
    ledger: Ledger
    baseline: Baseline
    tokens: TokenSource | None
    wire: Wire = field(default_factory=the_wire)  # one per process (transport.the_wire)
    pool: list[int] = field(default_factory=list)
    # Operations whose authentication was confirmed once (the probes need not repeat per response).
    auth_enforced: set[str] = field(default_factory=set)
    category: CategoryChoice | None = None  # chosen at set-up (categories.py)

    @classmethod
    def start(cls, settings: Settings, wire: Wire | None = None) -> Run:
        remember(settings.identity.password, settings.identity.client_secret)
        if settings.limited:
            remember(settings.limited.password, settings.limited.client_secret)
        wire = wire or the_wire()
        tokens = token_source_for(settings.site_url, settings.identity, verify=settings.tls_verify)
        api = HooksApi(
            settings.api_url,
            httpx_auth(settings.identity, tokens),
            verify=settings.tls_verify,
            transport=HttpxTransport(wire, verify=settings.tls_verify),
        )
        ledger = Ledger(new_run_prefix(), settings.category_id)
        return cls(settings, api, ledger, Baseline.load(), tokens, wire)

    def api_for(self, identity: Identity | None) -> HooksApi:
        """A client for another identity (None: no credentials) over the run's wire."""
        verify = self.settings.tls_verify
        tokens = token_source_for(self.settings.site_url, identity, verify=verify) if identity else None
        auth = httpx_auth(identity, tokens) if identity else None
        return HooksApi(
            self.settings.api_url, auth, verify=verify, transport=HttpxTransport(self.wire, verify=verify)
        )

    @functools.cached_property
    def prober(self) -> HooksApi:
        """A client without credentials, for the requests that must be refused."""
        return self.api_for(None)

    @functools.cached_property
    def session(self) -> requests.Session:
        """The requests session schemathesis sends through: the run's wire, kept-alive connections."""
        return requests_session(self.wire, verify=self.settings.tls_verify)

    def choose_category(self) -> None:
        """The category generated and owned hooks carry: MAUTIC_CATEGORY_ID or one found read-only."""
        self.category = choose(self.api.http, self.settings.category_id)
        self.ledger.category_id = self.category.id

    @property
    def category_id(self) -> int | None:
        return self.category.id if self.category else self.settings.category_id

    def fill_pool(self) -> None:
        """Keep a few owned hooks around as targets for generated PUT/PATCH/DELETE requests."""
        self.pool = [i for i in self.pool if i in self.ledger.ids]
        while len(self.pool) < POOL_SIZE:
            self.pool.append(self.ledger.create(self.api, name="pool")["id"])

    def retire(self, hook_id: int) -> None:
        """Aim no more generated requests at this owned hook; it stays owned and is deleted at the end.
        For a hook a generated write gave a NUL in a name, description or secret: Mautic stored it, and its
        audit log now fails (500) on every later change of that field and on the delete, which log the old
        value (WebhookSubscriber.php:33-65)."""
        if hook_id in self.pool:
            self.pool.remove(hook_id)

    def steer_id(self, key: str, *, avoid: frozenset[int] | set[int] = frozenset()) -> int:
        """Map a generated id to an owned hook or to an id that exists nowhere, never to a hook in `avoid`.
        The choice is a function of `key` (the generated case, not the id, which a link may take from an
        answer), so a case Hypothesis draws again is steered alike and meets the same kind of answer: a
        stateful run whose rules depend on earlier answers stays consistent between replays."""
        digest = zlib.crc32(key.encode("utf-8", "surrogatepass"))
        if self.pool and digest % 2 == 0:
            chosen = self.pool[digest // 2 % len(self.pool)]
            if chosen not in avoid:
                return chosen
        return ABSENT_ID_BASE + digest // 2 % 1000

    def close(self) -> None:
        self.wire.revive()  # the cleanup tries even after the instance was found unavailable
        try:
            self.ledger.cleanup(self.api)
            sweep(self.api, self.ledger.prefix)  # also what escaped the ledger, e.g. a batch PUT-create
        except InstanceUnavailable as exc:
            print(
                f"Cleanup incomplete, the instance is unavailable ({exc}): run `make sweep` once it is back.",
                file=sys.stderr,
            )
        finally:
            self.api.close()
            for name in ("session", "prober"):
                if name in self.__dict__:
                    self.__dict__[name].close()


_current: Run | None = None


def current() -> Run:
    if _current is None:
        raise RuntimeError("no contract run is active (the suite runs under contract_tests/conftest.py)")
    return _current


def activate(run: Run | None) -> None:
    global _current
    _current = run
