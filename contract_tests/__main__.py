"""`python -m contract_tests [run|sweep]` (= the `mautic-hooks-contract` command, see cli.py).

run   Verify the instance at MAUTIC_URL against openapi.yaml. Without MAUTIC_URL, start the embedded sandbox
      on a free loopback port, seed it, verify it, stop it.
sweep Delete the hooks that interrupted runs left on MAUTIC_URL (names starting with the reserved prefix).

Exit status: 0 the instance conforms; 1 a clause fails; 2 bad configuration; 3 preflight refused the instance;
4 the instance became unavailable during the run (no verdict); 130 interrupted (Ctrl-C or SIGTERM), after deleting what the run created.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from contract_tests.settings import ConfigError, Settings

REPORT_DIR = Path("reports")


@contextlib.contextmanager
def embedded_sandbox() -> Iterator[None]:
    """Run against a fresh, seeded sandbox; its URL and identities become the suite's configuration."""
    from contract_tests.local import DEFAULT_DATA, sandbox_settings, seeded_sandbox

    with seeded_sandbox() as sandbox:
        print(
            f"No MAUTIC_URL: verifying the embedded sandbox at {sandbox.url} (seeded with {DEFAULT_DATA['hooks']} hooks)."
        )
        # A CONTRACT_ setting the user gave (e.g. CONTRACT_DELIVERY=0) wins over the sandbox's default.
        os.environ.update({k: v for k, v in sandbox_settings(sandbox).items() if k not in os.environ})
        yield


@contextlib.contextmanager
def interrupts() -> Iterator[list[int]]:
    """Ctrl-C and SIGTERM stop the run as a KeyboardInterrupt, on which pytest still tears the session
    down (the cleanup). Yields the signals received, so the exit status says the run was interrupted
    even where a library swallowed the interrupt or pytest tripped over reporting it."""
    received: list[int] = []

    def stop(signum: int, frame: object) -> None:
        received.append(signum)
        raise KeyboardInterrupt

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield received
    except Exception:
        if not received:
            raise
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def run(extra_pytest_args: list[str]) -> int:
    from contract_tests import estimate, preflight
    from contract_tests.workers import SHARD_ENV

    settings = Settings.from_env()
    shard = os.environ.get(SHARD_ENV)  # set when this process is one worker of a parallel run
    instance = preflight.check(settings, measure=shard is None)
    context = {
        "instance": settings.site_url,
        "Mautic-Version": instance.version,
        "identity": settings.identity.describe(),
        "second identity": settings.limited.describe()
        if settings.limited
        else "none (permission clauses skipped)",
        "mode": settings.mode,
        "profile": settings.profile.name,
        "seed": str(settings.seed) if settings.seed is not None else "random",
        "strict": "yes" if settings.strict else "no (known upstream defects are reported, not failed)",
        "budget": settings.budget.describe() if settings.budget else "none",
        "workers": str(settings.workers),
    }
    print("Contract run: " + ", ".join(f"{k} {v}" for k, v in context.items()))
    if instance.cost is not None:
        for line in estimate.announce(settings, instance.cost):
            print(line)
    if shard is None and settings.workers > 1:
        return run_parallel(settings, context, extra_pytest_args)
    return run_pytest(settings, context, instance.cost, shard, extra_pytest_args)


def run_pytest(
    settings: Settings, context: dict[str, str], cost: Any, shard: str | None, extra_pytest_args: list[str]
) -> int:
    import pytest

    from contract_tests import estimate
    from contract_tests.budget import BudgetGuard
    from contract_tests.progress import Progress
    from contract_tests.report import ContractReport
    from contract_tests.transport import the_wire
    from contract_tests.workers import Shard, worker_folder

    report_dir = REPORT_DIR if shard is None else worker_folder(REPORT_DIR, shard)
    wire = the_wire()
    guard = (
        BudgetGuard(settings.budget, wire.meter, cost.with_credentials) if settings.budget and cost else None
    )
    report = ContractReport(
        report_dir, context, wire, guard, dump_to=report_dir / "clauses.json" if shard else None
    )
    expected = estimate.expected(settings, cost).requests if cost else None
    plugins: list[object] = [report, Progress(wire.meter, report.clause_of, expected)]
    if guard is not None:
        plugins.append(guard)
    if shard is not None:
        plugins.append(Shard(shard))
    report_dir.mkdir(parents=True, exist_ok=True)
    args = [
        str(Path(__file__).parent),
        "-p",
        "no:cacheprovider",
        # Only the plugins the suite uses, named explicitly: autoload is off (see below).
        "-p",
        "schemathesis.pytest.plugin",
        "-p",
        "_hypothesis_pytestplugin",
        "-o",
        "console_output_style=count",
        "--rootdir",
        str(Path(__file__).resolve().parent.parent),
        # pytest counts every folder from the conftest cut-off down as a keyword of each test: cut at the suite's
        # own folder, so the name of the checkout's folders never takes part in a `-k` selection.
        "--confcutdir",
        str(Path(__file__).resolve().parent),
        "-c",
        os.devnull,  # the suite takes no settings from the project's pytest config
        "-q",
        "--no-header",
        "--tb=short",
        f"--junitxml={report_dir / 'contract-junit.xml'}",
    ]
    if settings.seed is not None:
        args.append(f"--hypothesis-seed={settings.seed}")
    # Autoloading every installed plugin would also mark anyio's for rewriting, which the preflight has already
    # imported (through httpx): pytest would then warn about it in every report.
    os.environ["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
    with interrupts() as interrupted:
        code = pytest.main(args + extra_pytest_args, plugins=plugins)
    if interrupted:
        print("Interrupted: the run stopped early and deleted the hooks it had created.", file=sys.stderr)
        return 130
    if shard is not None:
        return 0  # the parent judges the merged clauses
    return verdict(report, no_tests=code == pytest.ExitCode.NO_TESTS_COLLECTED)


def run_parallel(settings: Settings, context: dict[str, str], extra_pytest_args: list[str]) -> int:
    from contract_tests.report import ContractReport
    from contract_tests.transport import the_wire
    from contract_tests.workers import run_workers

    REPORT_DIR.mkdir(exist_ok=True)
    with interrupts() as interrupted:
        dumps = run_workers(settings.workers, REPORT_DIR, extra_pytest_args)
    if interrupted:
        print(
            "Interrupted: the workers stopped early and deleted the hooks they had created.", file=sys.stderr
        )
        return 130
    report = ContractReport(REPORT_DIR, context, the_wire())
    hits = report.merge(dumps)
    report.summarize(print, hits)
    print(f"JUnit files per worker: {REPORT_DIR}/worker-*/contract-junit.xml")
    return verdict(report, no_tests=not report.clauses)


def verdict(report: Any, *, no_tests: bool) -> int:
    """The exit status from the clause results (see the module docstring)."""
    failed = any(c.outcome == "fail" for c in report.clauses.values())
    if report.unavailable is not None and not failed:
        print(f"Instance unavailable, no verdict: {report.unavailable}", file=sys.stderr)
        return 4
    if no_tests:
        print("No contract test was collected: the run proves nothing.", file=sys.stderr)
        return 1
    return 1 if failed else 0


def sweep() -> int:
    from contract_tests import preflight
    from contract_tests.api import RESERVED_PREFIX
    from contract_tests.api import sweep as sweep_prefix
    from contract_tests.run import Run

    settings = Settings.from_env()
    preflight.check(settings)  # the same one-sentence diagnosis as a run, before any delete
    api = Run.start(settings).api
    try:
        removed = sweep_prefix(api, RESERVED_PREFIX)
    finally:
        api.close()
    print(f"Swept {len(removed)} hook(s) named {RESERVED_PREFIX}* from {settings.site_url}.")
    return 0


def run_command(pytest_args: list[str]) -> int:
    return diagnosed(
        lambda: run(pytest_args) if os.environ.get("MAUTIC_URL", "").strip() else _embedded(pytest_args)
    )


def sweep_command() -> int:
    return diagnosed(sweep)


def _embedded(pytest_args: list[str]) -> int:
    with embedded_sandbox():
        return run(pytest_args)


def diagnosed(command: Callable[[], int]) -> int:
    """A bad setting or an unusable instance is one sentence and an exit status, never a traceback."""
    from contract_tests.preflight import PreflightError

    try:
        return command()
    except ConfigError as exc:
        print(f"Configuration error: {exc}", file=sys.stderr)
        return 2
    except PreflightError as exc:
        print(f"Preflight: {exc}", file=sys.stderr)
        return 3


def main(argv: list[str]) -> int:
    from contract_tests.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
