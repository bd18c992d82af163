"""CONTRACT_WORKERS=N: independent clauses run in N processes at once, against the same instance.

Safe, because each worker is a run of its own (its own name prefix, ledger, pool and cleanup) and touches
only its own hooks. Two phases keep it so: first the clauses that write or read only their own hooks run
spread over N workers, one clause wholly in one worker; then the listing clauses, which compare listings
of the whole instance and so must not see another worker's hooks come and go, run alone. The parent
merges the workers' clause results into one report, the same clauses and outcomes as with one worker.

Worth raising on an instance that answers slowly but in parallel (PHP-FPM or Apache with several workers,
HTTP Basic's bcrypt on several cores); on the 2-core sandbox the suite's own work dominates (BENCHMARKS.md).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

SHARD_ENV = "CONTRACT_SHARD"  # set by the parent in each worker: "k/N", or "serial" for the second phase
# Never beside another worker: listings of the whole instance, and deliveries (a contact any worker creates
# would fire every published hook, another worker's receiver included).
SERIAL_MODULES = ("test_listing", "test_delivery")


def _module(item: pytest.Item) -> str:
    return item.nodeid.split("::", 1)[0].rsplit("/", 1)[-1].removesuffix(".py")


def _clause_key(item: pytest.Item) -> str:
    marker = item.get_closest_marker("clause")
    key = marker.args[0] if marker else item.nodeid
    # Each operation is a clause of its own (conftest.py names its item apart only after this runs).
    return f"conformance {getattr(item, 'operation_label', item.nodeid)}" if key == "conformance" else key


class Shard:
    """pytest plugin in a worker: keeps this worker's share of the tests."""

    def __init__(self, spec: str) -> None:
        self.spec = spec

    @pytest.hookimpl(tryfirst=True)  # before the report maps tests to clauses
    def pytest_collection_modifyitems(self, config: pytest.Config, items: list[pytest.Item]) -> None:
        if self.spec == "serial":
            keep = [item for item in items if _module(item) in SERIAL_MODULES]
        else:
            index, count = (int(part) for part in self.spec.split("/"))
            parallel = [item for item in items if _module(item) not in SERIAL_MODULES]
            order = list(dict.fromkeys(_clause_key(item) for item in parallel))
            mine = {key for position, key in enumerate(order) if position % count == index}
            keep = [item for item in parallel if _clause_key(item) in mine]
        dropped = [item for item in items if item not in keep]
        if dropped:
            config.hook.pytest_deselected(items=dropped)
        items[:] = keep


def run_workers(count: int, report_dir: Path, pytest_args: list[str]) -> list[dict[str, Any]]:
    """Both phases; returns each worker's dump (report.ContractReport.dump)."""
    dumps = []
    phases = [[f"{index}/{count}" for index in range(count)], ["serial"]]
    started = time.monotonic()
    for phase in phases:
        running = [(spec, _start(spec, report_dir, pytest_args)) for spec in phase]
        try:
            for spec, (process, folder) in running:
                process.wait()
                dump = folder / "clauses.json"
                if not dump.exists() or process.returncode == 2:
                    output = (folder / "output.txt").read_text(encoding="utf-8", errors="replace")
                    raise RuntimeError(
                        f"worker {spec} ended without a verdict (exit {process.returncode}):\n{output[-3000:]}"
                    )
                dumps.append(json.loads(dump.read_text(encoding="utf-8")))
                print(
                    f"[{time.monotonic() - started:.0f} s] worker {spec} done: "
                    f"{len(dumps[-1]['clauses'])} clauses, {dumps[-1]['meter']['requests']} requests",
                    flush=True,
                )
        except BaseException:
            for _, (process, _) in running:
                if process.poll() is None:
                    process.terminate()  # SIGTERM: the worker deletes what it created, then exits
            for _, (process, _) in running:
                process.wait()
            raise
    return dumps


def worker_folder(report_dir: Path, spec: str) -> Path:
    return report_dir / f"worker-{spec.replace('/', '-of-')}"


def _start(spec: str, report_dir: Path, pytest_args: list[str]) -> tuple[subprocess.Popen[bytes], Path]:
    folder = worker_folder(report_dir, spec)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "clauses.json").unlink(missing_ok=True)
    env = {**os.environ, SHARD_ENV: spec, "CONTRACT_WORKERS": "1"}
    with open(folder / "output.txt", "wb") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "mautic_hooks_contract.runner.command", *pytest_args],
            env=env, stdout=output, stderr=subprocess.STDOUT,
        )  # fmt: skip
    return process, folder
