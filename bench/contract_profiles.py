"""How long `make contract` takes against the sandbox per profile, and how many requests it sends.

Each profile runs the real command (`python -m contract_tests run`, a separate process) against a fresh
seeded sandbox whose request log counts what reached it. Targets (issue 5): quick ≤ 15 s, default ≤ 60 s.

Usage: python -m bench.contract_profiles [--profiles quick,default] [--rounds 3] [--seed 1]
"""

from __future__ import annotations

import argparse
import os
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from sandbox.launcher import SandboxProcess
from sandbox.seed import seed


def measure(profile: str, run_seed: int) -> tuple[float, Counter[str], int]:
    """Wall seconds, requests by method, and the suite's exit status, for one run."""
    with tempfile.TemporaryDirectory(prefix="mhc-bench-") as tmp:
        db, log = Path(tmp) / "sandbox.sqlite3", Path(tmp) / "requests.log"
        seed(db, hooks=24, categories=3, seed=7)
        env = {name: secrets.token_urlsafe(12) for name in ("SANDBOX_PASSWORD", "SANDBOX_LIMITED_PASSWORD")}
        with SandboxProcess(db_path=db, env={**env, "SANDBOX_REQUEST_LOG": str(log)}) as sandbox:
            suite_env = {k: v for k, v in os.environ.items() if not k.startswith(("MAUTIC_", "CONTRACT_"))}
            suite_env.update(
                MAUTIC_URL=sandbox.url,
                MAUTIC_USERNAME=sandbox.admin[0],
                MAUTIC_PASSWORD=sandbox.admin[1],
                MAUTIC_LIMITED_USERNAME=sandbox.limited[0],
                MAUTIC_LIMITED_PASSWORD=sandbox.limited[1],
                MAUTIC_CATEGORY_ID="1",
                CONTRACT_PROFILE=profile,
                CONTRACT_SEED=str(run_seed),
            )
            started = time.monotonic()
            result = subprocess.run(
                [sys.executable, "-m", "contract_tests", "run"],
                env=suite_env, cwd=tmp, capture_output=True, text=True, timeout=900, check=False,
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
