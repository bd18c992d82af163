"""State of one contract run, shared by fixtures, schemathesis hooks and checks.

Schemathesis hooks and checks are plain functions registered globally, so they reach the run through
`current()`; pytest fixtures create it once per session and close it at the end (also on Ctrl-C).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from contract_tests.api import HooksApi, Ledger, new_run_prefix, sweep
from contract_tests.auth import TokenSource, httpx_auth, token_source_for
from contract_tests.categories import CategoryChoice, choose
from contract_tests.defects import Baseline
from contract_tests.redact import remember
from contract_tests.settings import Identity, Settings

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
    pool: list[int] = field(default_factory=list)
    category: CategoryChoice | None = None  # chosen at set-up (categories.py)
    _turn: itertools.count = field(default_factory=itertools.count)

    @classmethod
    def start(cls, settings: Settings) -> Run:
        remember(settings.identity.password, settings.identity.client_secret)
        if settings.limited:
            remember(settings.limited.password, settings.limited.client_secret)
        tokens = token_source_for(settings.site_url, settings.identity, verify=settings.tls_verify)
        api = HooksApi(settings.api_url, httpx_auth(settings.identity, tokens), verify=settings.tls_verify)
        return cls(settings, api, Ledger(new_run_prefix(), settings.category_id), Baseline.load(), tokens)

    def api_for(self, identity: Identity) -> HooksApi:
        tokens = token_source_for(self.settings.site_url, identity, verify=self.settings.tls_verify)
        return HooksApi(self.settings.api_url, httpx_auth(identity, tokens), verify=self.settings.tls_verify)

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

    def steer_id(self, generated: object) -> int:
        """Map a generated id to an owned hook or to an id that exists nowhere, alternately."""
        turn = next(self._turn)
        if self.pool and turn % 2 == 0:
            return self.pool[turn // 2 % len(self.pool)]
        return ABSENT_ID_BASE + turn % 1000

    def close(self) -> None:
        try:
            self.ledger.cleanup(self.api)
            sweep(self.api, self.ledger.prefix)  # also what escaped the ledger, e.g. a batch PUT-create
        finally:
            self.api.close()


_current: Run | None = None


def current() -> Run:
    if _current is None:
        raise RuntimeError("no contract run is active (the suite runs under contract_tests/conftest.py)")
    return _current


def activate(run: Run | None) -> None:
    global _current
    _current = run
