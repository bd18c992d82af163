"""`make mutation`: prove the contract suite's power on the sandbox's fault catalogue.

The suite runs (profile `quick` unless `--profile` says otherwise, a fixed seed, stopping at the first failure) against the faithful sandbox,
where it must pass, and then against one sandbox per fault (mautic_hooks_contract/sandbox/faults.py), where it must fail. A fault
the suite does not catch "survives": the fix belongs in the suite (a missing check or property), not in the
fault. Prints fault, caught or survived, the first test that caught it and the seconds it took, then
"caught K of N"; exits 0 only when the clean run passes and every fault is caught.

Usage: python -m mautic_hooks_contract.runner.mutation [--jobs N] [--profile quick|default|thorough] [FAULT ...]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from mautic_hooks_contract.runner.local import seeded_sandbox, suite_env
from mautic_hooks_contract.runner.settings import PROFILES
from mautic_hooks_contract.sandbox.faults import CATALOGUE, WIRE_FAULTS

CLEAN = "(none)"
SEED = "4"


@dataclass(frozen=True)
class Outcome:
    fault: str
    failed: bool  # the suite reported a broken contract (exit 1) or refused the instance (exit 3)
    first_test: str
    seconds: float
    output: str


def run_suite_against(fault: str | None, *pytest_args: str, profile: str = "quick") -> Outcome:
    """One sandbox with at most one fault, one contract run against it (``pytest_args`` may narrow it,
    e.g. ``-k test_delivery``)."""
    with (
        seeded_sandbox(extra_args=("--fault", fault) if fault else ()) as sandbox,
        tempfile.TemporaryDirectory(prefix="mhc-mutation-") as tmp,
    ):
        started = time.monotonic()
        result = subprocess.run(
            [sys.executable, "-m", "mautic_hooks_contract", "run", "-x", *pytest_args],
            env=suite_env(sandbox, CONTRACT_PROFILE=profile, CONTRACT_SEED=SEED),
            cwd=tmp, capture_output=True, text=True, timeout=600, check=False,
        )  # fmt: skip
        seconds = time.monotonic() - started
        output = result.stdout + result.stderr
        if result.returncode == 3:
            return Outcome(fault or CLEAN, True, "preflight", seconds, output)
        return Outcome(
            fault or CLEAN, result.returncode == 1, first_failure(Path(tmp) / "reports"), seconds, output
        )


def first_failure(reports: Path) -> str:
    junit = reports / "contract-junit.xml"
    if not junit.exists():
        return "-"
    for case in ET.parse(junit).iter("testcase"):
        name = f"{case.get('classname', '').rsplit('.', 1)[-1]}::{case.get('name')}"
        if case.find("failure") is not None:
            return name
        error = case.find("error")
        if error is not None:
            # An error in set-up: the session fixture creating the run's own hooks found the contract broken.
            return f"set-up: {name}" if "setup" in (error.get("message") or "") else name
    return "-"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m mautic_hooks_contract.runner.mutation", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("faults", nargs="*", help="faults to run (default: the whole catalogue)")
    parser.add_argument("--jobs", type=int, default=2, help="runs in parallel (default 2)")
    parser.add_argument(
        "--profile", default="quick", choices=sorted(PROFILES), help="suite profile (default quick)"
    )
    args = parser.parse_args(argv)
    # Wire faults (slow auth, rate limits, a flaky proxy) are no contract violations: the suite must pass them.
    faults = args.faults or [name for name in CATALOGUE if name not in WIRE_FAULTS]
    unknown = sorted(set(faults) - set(CATALOGUE))
    if unknown:
        parser.error(
            f"unknown fault {', '.join(unknown)} (see `python -m mautic_hooks_contract.sandbox faults`)"
        )

    clean = run_suite_against(None, profile=args.profile)
    if clean.failed:
        print(clean.output[-6000:])
        print("The suite fails against the faithful sandbox; a mutation score would mean nothing.")
        return 1
    print(f"Clean sandbox: the suite passes ({clean.seconds:.1f} s). Running {len(faults)} faults...")
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        outcomes = list(pool.map(lambda fault: run_suite_against(fault, profile=args.profile), faults))

    print(f"\n| {'fault':<26} | {'result':<8} | {'first test that caught it':<62} | {'seconds':>7} |")
    print(f"|{'-' * 28}|{'-' * 10}|{'-' * 64}|{'-' * 9}|")
    for outcome in outcomes:
        result = "caught" if outcome.failed else "SURVIVED"
        test = outcome.first_test if outcome.failed else "-"
        print(f"| {outcome.fault:<26} | {result:<8} | {test[:62]:<62} | {outcome.seconds:>7.1f} |")
    caught = sum(o.failed for o in outcomes)
    print(f"\ncaught {caught} of {len(outcomes)}")
    return 0 if caught == len(outcomes) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
