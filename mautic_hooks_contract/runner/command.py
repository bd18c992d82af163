"""Running the contract suite: the one owner of `mautic-hooks-contract run` and `sweep` (cli.py parses their
arguments and calls `run_command` / `sweep_command`; nothing here imports the CLI).

run   Verify the instance at MAUTIC_URL against openapi.yaml. Without MAUTIC_URL, start the embedded sandbox
      on a free loopback port, seed it, verify it, stop it.
sweep Delete the hooks that interrupted runs left on MAUTIC_URL (names starting with the reserved prefix).

Exit status: 0 the instance conforms; 1 a clause fails; 2 bad configuration, or pytest stopped before running the
clauses; 3 preflight refused the instance; 4 the instance became unavailable during the run (no verdict); 130 interrupted (Ctrl-C or SIGTERM), after deleting what the run created.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from mautic_hooks_contract.files import CLAUSES
from mautic_hooks_contract.runner.settings import ConfigError, Settings

REPORT_DIR = Path("reports")
COMPLETED = (0, 1, 5)  # pytest's exit codes of a session that ran: all passed, some failed, none collected


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
    from mautic_hooks_contract.runner import estimate, preflight
    from mautic_hooks_contract.runner.workers import SHARD_ENV

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

    from mautic_hooks_contract.runner import estimate
    from mautic_hooks_contract.runner.budget import BudgetGuard
    from mautic_hooks_contract.runner.progress import Progress
    from mautic_hooks_contract.runner.report import ContractReport
    from mautic_hooks_contract.runner.transport import the_wire
    from mautic_hooks_contract.runner.workers import Shard, worker_folder

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
        str(CLAUSES),
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
        str(CLAUSES.parent),
        # pytest counts every folder from the conftest cut-off down as a keyword of each test: cut at the suite's
        # own folder, so the name of the checkout's folders never takes part in a `-k` selection.
        "--confcutdir",
        str(CLAUSES),
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
    stopped = None if code in COMPLETED else pytest.ExitCode(code).name.lower().replace("_", " ")
    if shard is not None:
        # The parent judges the merged clauses; a worker whose pytest stopped early says so by its status.
        return 2 if stopped and report.unavailable is None else 0
    return verdict(report, no_tests=code == pytest.ExitCode.NO_TESTS_COLLECTED, stopped=stopped)


def run_parallel(settings: Settings, context: dict[str, str], extra_pytest_args: list[str]) -> int:
    from mautic_hooks_contract.runner.report import ContractReport
    from mautic_hooks_contract.runner.transport import the_wire
    from mautic_hooks_contract.runner.workers import run_workers

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


def verdict(report: Any, *, no_tests: bool, stopped: str | None = None) -> int:
    """The exit status from the clause results (see the module docstring). `stopped` is pytest's reason when it
    ended before running the clauses (a clause file that does not import, a bad pytest argument): the clauses
    it did not run are no verdict, so that is a broken set-up (2), never a pass."""
    failed = any(c.outcome == "fail" for c in report.clauses.values())
    if report.unavailable is not None and not failed:
        print(f"Instance unavailable, no verdict: {report.unavailable}", file=sys.stderr)
        return 4
    if stopped is not None:
        print(
            f"pytest stopped ({stopped}) before running the clauses, see above: no verdict.", file=sys.stderr
        )
        return 2
    if no_tests:
        print("No contract test was collected: the run proves nothing.", file=sys.stderr)
        return 1
    return 1 if failed else 0


def sweep() -> int:
    from mautic_hooks_contract.runner import preflight
    from mautic_hooks_contract.runner.api import RESERVED_PREFIX
    from mautic_hooks_contract.runner.api import sweep as sweep_prefix
    from mautic_hooks_contract.runner.run import Run

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
    """Run against a fresh, seeded sandbox; its URL and identities become the suite's configuration."""
    from mautic_hooks_contract.runner.local import (
        DEFAULT_DATA,
        sandbox_settings,
        seeded_sandbox,
        settings_defaults,
    )

    with seeded_sandbox() as sandbox, settings_defaults(sandbox_settings(sandbox)):
        print(
            f"No MAUTIC_URL: verifying the embedded sandbox at {sandbox.url} (seeded with {DEFAULT_DATA['hooks']} hooks)."
        )
        return run(pytest_args)


def diagnosed(command: Callable[[], int]) -> int:
    """A bad setting or an unusable instance is one sentence and an exit status, never a traceback."""
    from mautic_hooks_contract.runner.preflight import PreflightError

    try:
        return command()
    except ConfigError as exc:
        print(f"Configuration error: {exc}", file=sys.stderr)
        return 2
    except PreflightError as exc:
        print(f"Preflight: {exc}", file=sys.stderr)
        return 3


if __name__ == "__main__":
    # One worker of a parallel run: workers.py starts `python -m mautic_hooks_contract.runner.command ARGS` with
    # CONTRACT_SHARD set, so a worker runs its share without going back through the CLI.
    sys.exit(run_command(sys.argv[1:]))
