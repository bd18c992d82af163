"""What recording the suite (`record --suite`) adds to its wall time (issue 17; target: at most 10%).

Each round runs the real commands as separate processes, `python -m contract_tests run` and `python -m
contract_tests record --suite --out FILE`, one after the other (their order alternates from round to round),
each against a fresh sandbox in S0 with the same settings and seed. The delivery clauses are off in both
(record --suite leaves them off). With `--fault slow-auth` each HTTP Basic request costs the sandbox a fixed
delay, like Mautic's bcrypt check, so the instance's time dominates as on a real Mautic.

Usage: python -m bench.record_suite [--profiles quick,default] [--rounds 3] [--seed 1] [--fault NAME]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from contract_tests.local import seeded_sandbox, suite_env
from recording.target import S0_SEED

COMMANDS = {"run": ["run"], "record": ["record", "--suite", "--out", "suite.jsonl"]}


def measure(command: str, profile: str, seed: int, faults: tuple[str, ...]) -> tuple[float, int, int]:
    """Wall seconds, exit status and exchanges recorded (0 for `run`)."""
    with tempfile.TemporaryDirectory(prefix="mhc-bench-") as tmp:
        extra = tuple(arg for fault in faults for arg in ("--fault", fault))
        with seeded_sandbox(extra_args=extra, **S0_SEED) as sandbox:
            env = suite_env(sandbox, CONTRACT_PROFILE=profile, CONTRACT_SEED=str(seed), CONTRACT_DELIVERY="0")
            started = time.monotonic()
            result = subprocess.run(
                [sys.executable, "-m", "contract_tests", *COMMANDS[command]],
                env=env, cwd=tmp, capture_output=True, text=True, timeout=3600, check=False,
            )  # fmt: skip
            seconds = time.monotonic() - started
        out = Path(tmp) / "suite.jsonl"
        lines = len(out.read_text().splitlines()) if out.exists() else 0
    return seconds, result.returncode, lines


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.record_suite")
    parser.add_argument("--profiles", default="quick,default")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--fault", action="append", default=[], help="sandbox fault, e.g. slow-auth")
    args = parser.parse_args(argv)
    print("| profile | round | run s | record --suite s | exchanges | overhead | exits |")
    print("|---|--:|--:|--:|--:|--:|--:|")
    failed = False
    for profile in args.profiles.split(","):
        walls: dict[str, list[float]] = {"run": [], "record": []}
        for round_ in range(1, args.rounds + 1):
            order = ("run", "record") if round_ % 2 else ("record", "run")
            found = {c: measure(c, profile, args.seed, tuple(args.fault)) for c in order}
            for command, (seconds, code, _) in found.items():
                walls[command].append(seconds)
                failed |= code != 0
            run_s, record_s = found["run"][0], found["record"][0]
            print(
                f"| {profile} | {round_} | {run_s:.2f} | {record_s:.2f} | {found['record'][2]} "
                f"| {record_s / run_s - 1:+.1%} | {found['run'][1]}, {found['record'][1]} |",
                flush=True,
            )
        run_m, record_m = statistics.median(walls["run"]), statistics.median(walls["record"])
        print(f"| {profile} | median | {run_m:.2f} | {record_m:.2f} | | {record_m / run_m - 1:+.1%} | |")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
