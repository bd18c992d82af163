"""How long `make contract` takes against the sandbox per profile, and how many requests it sends.

Each profile runs the real command (`python -m contract_tests run`, a separate process) against a fresh
seeded sandbox whose request log counts what reached it. Targets (issue 5): quick ≤ 15 s, default ≤ 60 s.

Usage: python -m bench.contract_profiles [--profiles quick,default] [--rounds 3] [--seed 1]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from contract_tests.local import seeded_sandbox, suite_env


def measure(profile: str, run_seed: int) -> tuple[float, Counter[str], int]:
    """Wall seconds, requests by method, and the suite's exit status, for one run."""
    with tempfile.TemporaryDirectory(prefix="mhc-bench-") as tmp:
        log = Path(tmp) / "requests.log"
        with seeded_sandbox(env={"SANDBOX_REQUEST_LOG": str(log)}) as sandbox:
            started = time.monotonic()
            result = subprocess.run(
                [sys.executable, "-m", "contract_tests", "run"],
                env=suite_env(sandbox, CONTRACT_PROFILE=profile, CONTRACT_SEED=str(run_seed)),
                cwd=tmp, capture_output=True, text=True, timeout=900, check=False,
            )  # fmt: skip
            seconds = time.monotonic() - started
        methods = Counter(line.split(" ", 1)[0] for line in log.read_text().splitlines())
    return seconds, methods, result.returncode


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.contract_profiles")
    parser.add_argument("--profiles", default="quick,default")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    print("| profile | round | wall s | requests | by method | exit |")
    print("|---|--:|--:|--:|---|--:|")
    failed = False
    for profile in args.profiles.split(","):
        walls = []
        for round_ in range(1, args.rounds + 1):
            seconds, methods, code = measure(profile, args.seed + round_ - 1)
            walls.append(seconds)
            failed |= code != 0
            by_method = ", ".join(f"{m} {n}" for m, n in methods.most_common())
            print(
                f"| {profile} | {round_} | {seconds:.1f} | {sum(methods.values())} | {by_method} | {code} |"
            )
        print(f"| {profile} | median | {statistics.median(walls):.1f} | | | |")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
