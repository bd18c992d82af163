"""Point the contract suite at a local sandbox.

The embedded default of `make contract`, the mutation runs, the benchmarks and the suite's own tests all start
a seeded sandbox and hand its URL and identities to the suite the same way, through these two helpers.
"""

from __future__ import annotations

import os
import secrets
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from mautic_hooks_contract.runner.receiver import DELIVERY_TRIGGERS
from mautic_hooks_contract.sandbox.launcher import SandboxProcess
from mautic_hooks_contract.sandbox.seed import seed

DEFAULT_DATA = {"hooks": 24, "categories": 3, "seed": 7}


@contextmanager
def seeded_sandbox(
    *, extra_args: tuple[str, ...] = (), env: Mapping[str, str] | None = None, **data: int
) -> Iterator[SandboxProcess]:
    """A sandbox on a free loopback port over a freshly seeded database, with random passwords: the run's
    credentials are then secrets that redaction masks, never the documented defaults."""
    passwords = {name: secrets.token_urlsafe(12) for name in ("SANDBOX_PASSWORD", "SANDBOX_LIMITED_PASSWORD")}
    with tempfile.TemporaryDirectory(prefix="mhc-sandbox-") as tmp:
        db = Path(tmp) / "sandbox.sqlite3"
        # Seeded hooks never listen to the contact triggers: the delivery clauses refuse to run next to
        # other hooks that would receive their test contact (contract_tests/test_delivery.py).
        seed(db, **{**DEFAULT_DATA, "without_triggers": DELIVERY_TRIGGERS, **data})
        with SandboxProcess(db_path=db, env={**passwords, **(env or {})}, extra_args=extra_args) as sandbox:
            yield sandbox


def sandbox_settings(sandbox: SandboxProcess) -> dict[str, str]:
    """The MAUTIC_* settings that point the suite at `sandbox`, with its limited user as second identity.
    No MAUTIC_CATEGORY_ID: the suite finds the seed's categories itself, as it must on any instance."""
    return {
        "MAUTIC_URL": sandbox.url,
        "MAUTIC_USERNAME": sandbox.admin[0],
        "MAUTIC_PASSWORD": sandbox.admin[1],
        "MAUTIC_LIMITED_USERNAME": sandbox.limited[0],
        "MAUTIC_LIMITED_PASSWORD": sandbox.limited[1],
        "CONTRACT_DELIVERY": "1",  # the sandbox delivers to loopback: the delivery clauses run by default
    }


def suite_env(sandbox: SandboxProcess, **overrides: str) -> dict[str, str]:
    """The environment of a separate contract run against `sandbox`: this process's environment without
    any MAUTIC_/CONTRACT_ setting of its own, the sandbox's settings, then `overrides`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MAUTIC_", "CONTRACT_"))}
    return {**env, **sandbox_settings(sandbox), **overrides}


@contextmanager
def settings_defaults(values: Mapping[str, str]) -> Iterator[None]:
    """Put `values` into the environment for the block, except a setting the user gave, which wins (e.g.
    CONTRACT_DELIVERY=0 over the embedded sandbox's default); what was added is taken out afterwards."""
    added = {name: value for name, value in values.items() if name not in os.environ}
    os.environ.update(added)
    try:
        yield
    finally:
        for name in added:
            os.environ.pop(name, None)
