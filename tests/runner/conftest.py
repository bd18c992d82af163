"""Run the contract suite the way a user does (`python -m mautic_hooks_contract`, a separate process) against
sandboxes on loopback, and look at what it left behind."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from mautic_hooks_contract.runner.local import seeded_sandbox, suite_env
from mautic_hooks_contract.sandbox.launcher import SandboxProcess

ROOT = Path(__file__).resolve().parents[2]
RESERVED_PREFIX = "mhc-contract-"
PRE_EXISTING = 100


@dataclass
class Target:
    """A seeded sandbox, and what it looked like before the suite ran."""

    sandbox: SandboxProcess
    request_log: Path
    reports: Path

    def env(self, **extra: str) -> dict[str, str]:
        return suite_env(self.sandbox, **{"CONTRACT_PROFILE": "quick", "CONTRACT_SEED": "3", **extra})

    def listing(self) -> str:
        """The raw text of the full list, the bytes a byte-identical comparison needs."""
        response = httpx.get(
            self.sandbox.api_url + "/hooks", params={"limit": 0, "orderBy": "id"}, auth=self.sandbox.admin
        )
        response.raise_for_status()
        return response.text

    def prefixed(self) -> list[str]:
        hooks = httpx.get(
            self.sandbox.api_url + "/hooks",
            params={"limit": 0, "search": RESERVED_PREFIX},
            auth=self.sandbox.admin,
        ).json()["hooks"]
        return [h["name"] for h in (hooks.values() if isinstance(hooks, dict) else hooks)]

    def requests(self) -> list[str]:
        return self.request_log.read_text().splitlines() if self.request_log.exists() else []


@pytest.fixture
def target(tmp_path: Path) -> Iterator[Target]:
    """A sandbox with 100 hooks that belong to somebody else, with strong passwords and a request log."""
    log = tmp_path / "requests.log"
    with seeded_sandbox(env={"SANDBOX_REQUEST_LOG": str(log)}, hooks=PRE_EXISTING, seed=11) as sandbox:
        yield Target(sandbox, log, tmp_path / "reports")


def run_suite(
    env: dict[str, str], *args: str, cwd: Path | None = None, timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mautic_hooks_contract", *args],
        check=False,  # the exit status is what the tests assert on
        env=env,
        cwd=cwd or ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
