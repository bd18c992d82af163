"""What recording the suite (`record --suite`) adds to its wall time (issue 17; target: at most 10%).

Each round runs the real commands as separate processes, `python -m mautic_hooks_contract run` and `python -m
contract_tests record --suite --out FILE`, one after the other (their order alternates from round to round),
each against a fresh sandbox in S0 with the same settings and seed. The delivery clauses are off in both
(record --suite leaves them off). With `--fault slow-auth` each HTTP Basic request costs the sandbox a fixed
delay, like Mautic's bcrypt check, so the instance's time dominates as on a real Mautic.

Besides the wall time, the CPU time (user + system) of the command's process: the proxy runs in it, so the
difference is what forwarding and recording cost, and it is far less sensitive than the wall time to other
work on a shared machine.

`--hop N` measures the proxy alone instead: N keep-alive GETs of a small list straight to a sandbox and N
through the proxy, in alternating blocks, and prints the median time per request of each.

Usage: python -m bench.record_suite [--profiles quick,default] [--rounds 3] [--seed 1] [--fault NAME] [--hop N]
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from mautic_hooks_contract.recording.target import S0_SEED
from mautic_hooks_contract.runner.local import seeded_sandbox, suite_env

COMMANDS = {"run": ["run"], "record": ["record", "--suite", "--out", "suite.jsonl"]}


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure(command: str, profile: str, seed: int, faults: tuple[str, ...]) -> tuple[float, float, int, int]:
    """Wall and CPU seconds, exit status and exchanges recorded (0 for `run`). The sandbox is a child too,
    but still running when the command ends: its CPU time is not counted."""
    with tempfile.TemporaryDirectory(prefix="mhc-bench-") as tmp:
        extra = tuple(arg for fault in faults for arg in ("--fault", fault))
        with seeded_sandbox(extra_args=extra, **S0_SEED) as sandbox:
            env = suite_env(sandbox, CONTRACT_PROFILE=profile, CONTRACT_SEED=str(seed), CONTRACT_DELIVERY="0")
            started, cpu = time.monotonic(), _cpu()
            result = subprocess.run(
                [sys.executable, "-m", "mautic_hooks_contract", *COMMANDS[command]],
                env=env, cwd=tmp, capture_output=True, text=True, timeout=3600, check=False,
            )  # fmt: skip
            seconds, cpu = time.monotonic() - started, _cpu() - cpu
        out = Path(tmp) / "suite.jsonl"
        lines = len(out.read_text().splitlines()) if out.exists() else 0
    return seconds, cpu, result.returncode, lines


def hop(requests: int, blocks: int = 10) -> None:
    import httpx

    from mautic_hooks_contract.recording.proxy import RecordingProxy

    per: dict[str, list[float]] = {"direct": [], "proxy": []}
    with seeded_sandbox(**S0_SEED) as sandbox, RecordingProxy(sandbox.url) as proxy:
        for _ in range(blocks):
            for name, url in (("direct", sandbox.url), ("proxy", proxy.url)):
                with httpx.Client(base_url=url, auth=sandbox.admin) as client:
                    client.get("/api/hooks")
                    started = time.perf_counter()
                    for _ in range(requests // blocks):
                        client.get("/api/hooks?limit=5")
                    per[name].append((time.perf_counter() - started) / (requests // blocks) * 1000)
    direct, proxied = statistics.median(per["direct"]), statistics.median(per["proxy"])
    print(
        f"direct {direct:.2f} ms per request, through the proxy {proxied:.2f} ms: +{proxied - direct:.2f} ms"
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.record_suite")
    parser.add_argument("--profiles", default="quick,default")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--fault", action="append", default=[], help="sandbox fault, e.g. slow-auth")
    parser.add_argument("--hop", type=int, default=0, help="measure the proxy alone with this many requests")
    args = parser.parse_args(argv)
    if args.hop:
        hop(args.hop)
        return 0
    print(
        "| profile | round | run: wall s | CPU s | record --suite: wall s | CPU s | exchanges | wall | CPU |"
    )
    print("|---|--:|--:|--:|--:|--:|--:|--:|--:|")
    failed = False
    for profile in args.profiles.split(","):
        found: dict[str, list[tuple[float, float, int, int]]] = {"run": [], "record": []}
        for round_ in range(1, args.rounds + 1):
            order = ("run", "record") if round_ % 2 else ("record", "run")
            for command in order:
                found[command].append(measure(command, profile, args.seed, tuple(args.fault)))
                failed |= found[command][-1][2] != 0
            (run_s, run_cpu, *_), (rec_s, rec_cpu, _, lines) = found["run"][-1], found["record"][-1]
            print(
                f"| {profile} | {round_} | {run_s:.2f} | {run_cpu:.2f} | {rec_s:.2f} | {rec_cpu:.2f} | {lines} "
                f"| {rec_s / run_s - 1:+.1%} | {rec_cpu / run_cpu - 1:+.1%} |",
                flush=True,
            )
        medians = {c: [statistics.median(m[i] for m in found[c]) for i in (0, 1)] for c in found}
        (run_s, run_cpu), (rec_s, rec_cpu) = medians["run"], medians["record"]
        print(
            f"| {profile} | median | {run_s:.2f} | {run_cpu:.2f} | {rec_s:.2f} | {rec_cpu:.2f} | "
            f"| {rec_s / run_s - 1:+.1%} | {rec_cpu / run_cpu - 1:+.1%} |",
            flush=True,
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
