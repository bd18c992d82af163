"""`python -m contract_tests [run|sweep]`: what `make contract` and `make sweep` call.

run   Verify the instance at MAUTIC_URL against openapi.yaml. Without MAUTIC_URL, start the embedded sandbox
      on a free loopback port, seed it, verify it, stop it.
sweep Delete the hooks that interrupted runs left on MAUTIC_URL (names starting with the reserved prefix).

Exit status: 0 the instance conforms; 1 a clause fails; 2 bad configuration; 3 preflight refused the instance;
130 interrupted (Ctrl-C or SIGTERM), after deleting what the run created.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Iterator
from pathlib import Path

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
    import pytest

    from contract_tests import preflight
    from contract_tests.report import ContractReport

    settings = Settings.from_env()
    instance = preflight.check(settings)
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
    }
    print("Contract run: " + ", ".join(f"{k} {v}" for k, v in context.items()))
    REPORT_DIR.mkdir(exist_ok=True)
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
        "-c",
        os.devnull,  # the suite takes no settings from the project's pytest config
        "-v",
        "--tb=short",
        f"--junitxml={REPORT_DIR / 'contract-junit.xml'}",
    ]
    if settings.seed is not None:
        args.append(f"--hypothesis-seed={settings.seed}")
    # Autoloading every installed plugin would also mark anyio's for rewriting, which the preflight has already
    # imported (through httpx): pytest would then warn about it in every report.
    os.environ["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
    with interrupts() as interrupted:
        code = pytest.main(args + extra_pytest_args, plugins=[ContractReport(REPORT_DIR, context)])
    if interrupted:
        print("Interrupted: the run stopped early and deleted the hooks it had created.", file=sys.stderr)
        return 130
    if code == pytest.ExitCode.NO_TESTS_COLLECTED:
        print("No contract test was collected: the run proves nothing.", file=sys.stderr)
        return 1
    return 0 if code == pytest.ExitCode.OK else 1


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


def main(argv: list[str]) -> int:
    from contract_tests.preflight import PreflightError

    command, rest = (argv[0], argv[1:]) if argv and not argv[0].startswith("-") else ("run", argv)
    if command not in ("run", "sweep"):
        print(__doc__, file=sys.stderr)
        return 2
    try:
        if command == "sweep":
            return sweep()
        if os.environ.get("MAUTIC_URL", "").strip():
            return run(rest)
        with embedded_sandbox():
            return run(rest)
    except ConfigError as exc:
        print(f"Configuration error: {exc}", file=sys.stderr)
        return 2
    except PreflightError as exc:
        print(f"Preflight: {exc}", file=sys.stderr)
        return 3


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
