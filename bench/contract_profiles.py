"""How long `make contract` takes against the sandbox per profile, and how many requests it sends.

Each profile runs the real command (`python -m mautic_hooks_contract run`, a separate process) against a fresh
seeded sandbox whose request log counts what reached it. Targets (issue 12): quick ≤ 400 requests and ≤ 10 s, default ≤ 2,000 requests and ≤ 20 s.

With `--fault slow-auth` the sandbox costs a fixed delay per HTTP Basic request, like Mautic's bcrypt check;
the "estimate" column is the wall time the preflight predicted (it must be within 30% of the measured one).
`--env NAME=VALUE` passes a setting to the suite (e.g. CONTRACT_MODE=readonly).

Usage: python -m bench.contract_profiles [--profiles quick,default] [--rounds 3] [--seed 1] [--fault NAME]
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from mautic_hooks_contract.runner.local import seeded_sandbox, suite_env

ESTIMATE = re.compile(r"~([\d,]+) requests, ~(.+?) expected")


def measure(
    profile: str, run_seed: int, faults: tuple[str, ...] = (), env: dict[str, str] | None = None
) -> tuple[float, Counter[str], int, str]:
    """Wall seconds, requests by method, the suite's exit status and its estimate, for one run."""
    with tempfile.TemporaryDirectory(prefix="mhc-bench-") as tmp:
        log = Path(tmp) / "requests.log"
        extra = tuple(arg for fault in faults for arg in ("--fault", fault))
        with seeded_sandbox(env={"SANDBOX_REQUEST_LOG": str(log)}, extra_args=extra) as sandbox:
            started = time.monotonic()
            result = subprocess.run(
                [sys.executable, "-m", "mautic_hooks_contract", "run"],
                env=suite_env(sandbox, CONTRACT_PROFILE=profile, CONTRACT_SEED=str(run_seed), **(env or {})),
                cwd=tmp, capture_output=True, text=True, timeout=3600, check=False,
            )  # fmt: skip
            seconds = time.monotonic() - started
        methods = Counter(line.split(" ", 1)[0] for line in log.read_text().splitlines())
    found = ESTIMATE.search(result.stdout)
    return seconds, methods, result.returncode, found.group(2) if found else "-"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.contract_profiles")
    parser.add_argument("--profiles", default="quick,default")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--fault", action="append", default=[], help="sandbox fault, e.g. slow-auth")
    parser.add_argument("--env", action="append", default=[], metavar="NAME=VALUE", help="a suite setting")
    args = parser.parse_args(argv)
    env = dict(item.split("=", 1) for item in args.env)
    print("| profile | round | wall s | estimate | requests | by method | exit |")
    print("|---|--:|--:|--:|--:|---|--:|")
    failed = False
    for profile in args.profiles.split(","):
        walls = []
        for round_ in range(1, args.rounds + 1):
            seconds, methods, code, estimate = measure(
                profile, args.seed + round_ - 1, tuple(args.fault), env
            )
            walls.append(seconds)
            failed |= code != 0
            by_method = ", ".join(f"{m} {n}" for m, n in methods.most_common())
            print(
                f"| {profile} | {round_} | {seconds:.1f} | {estimate} | {sum(methods.values())} | {by_method} "
                f"| {code} |"
            )
        print(f"| {profile} | median | {statistics.median(walls):.1f} | | | | |")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
