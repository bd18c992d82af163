"""Throughput and latency of the sandbox next to Prism's mock of the same contract (issue 3).

Both servers run on this machine in the same run, each as a single process on 127.0.0.1, so the
sandbox/Prism ratio is comparable across machines even where the absolute figures are not. Prism is the
stateless baseline: it answers the contract's examples without storing anything, so a stateful sandbox
that keeps up with it is fast enough for any test suite. The load comes from ``bench/load.py`` in a
separate process, the same client for both targets.

    .venv/bin/python -m bench.run_bench [--rounds 3] [--requests 10000] [--create-requests 3000]

Exits 1 when any request got a non-2xx answer or a run hit its time limit: figures from errors are not
figures. Speed is never asserted; it is printed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Self

import httpx

from mautic_hooks_contract.sandbox.launcher import SandboxProcess

ROOT = Path(__file__).resolve().parents[1]
CREATE_BODY = json.dumps(
    {
        "name": "Bench hook",
        "webhookUrl": "http://127.0.0.1:9/bench",
        "triggers": ["mautic.lead_post_save_new"],
    }
)


@dataclass(frozen=True)
class Scenario:
    name: str
    method: str
    path: str  # below the API root; {id} is an existing hook
    body: str | None = None


# create runs last so the reads always see the same seeded rows.
SCENARIOS = (
    Scenario("get-one", "GET", "/hooks/{id}"),
    Scenario("list-30", "GET", "/hooks?limit=30"),
    Scenario("create", "POST", "/hooks/new", CREATE_BODY),
)


@dataclass
class Target:
    name: str
    port: int
    api_root: str  # Prism serves the spec's paths without the server URL's /api
    auth: tuple[str, str]


class PrismProcess:
    """``prism mock openapi.yaml`` on a free loopback port, logging only errors (like the sandbox)."""

    def __init__(self, prism: Path, spec: Path, timeout: float = 60) -> None:
        self.cmd = [str(prism), "mock", str(spec), "-h", "127.0.0.1", "-v", "error"]
        self.timeout = timeout
        self.process: subprocess.Popen | None = None
        self.port = 0

    def __enter__(self) -> Self:
        self.port = _free_port()
        # A file, not a pipe: a chatty Prism must never stall on a full pipe mid-benchmark.
        self.log = tempfile.TemporaryFile("w+")
        self.process = subprocess.Popen(
            [*self.cmd, "-p", str(self.port)], stdout=self.log, stderr=subprocess.STDOUT, text=True
        )
        deadline = time.monotonic() + self.timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                self.log.seek(0)
                output = self.log.read()
                self.__exit__()
                raise RuntimeError("prism exited before listening:\n" + output)
            try:
                httpx.get(f"http://127.0.0.1:{self.port}/hooks/triggers", timeout=1)
                return self
            except httpx.TransportError:
                time.sleep(0.2)
        self.__exit__()
        raise RuntimeError(f"prism did not listen within {self.timeout}s")

    def __exit__(self, *exc) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def preflight(target: Target) -> tuple[int, int]:
    """One request per scenario, so a wrong path or auth fails loudly before any load is sent.

    Returns a hook id for get-one and how many hooks a list page holds (Prism's is its 2-hook example).
    """
    base = f"http://127.0.0.1:{target.port}{target.api_root}"
    with httpx.Client(auth=target.auth, timeout=10) as client:
        listed = client.get(base + "/hooks?limit=30")
        listed.raise_for_status()
        hooks = listed.json()["hooks"]
        hook_id = int(next(iter(hooks)))
        client.get(f"{base}/hooks/{hook_id}").raise_for_status()
    return hook_id, len(hooks)


def run_load(target: Target, scenario: Scenario, hook_id: int, requests: int, args) -> dict:
    cmd = [
        sys.executable,
        "-m",
        "bench.load",
        f"--port={target.port}",
        f"--method={scenario.method}",
        f"--path={target.api_root}{scenario.path.format(id=hook_id)}",
        f"--auth={':'.join(target.auth)}",
        f"--requests={requests}",
        f"--warmup={args.warmup}",
        f"--concurrency={args.concurrency}",
        f"--time-limit={args.time_limit}",
    ]
    if scenario.body is not None:
        cmd.append(f"--body={scenario.body}")
    done = subprocess.run(
        cmd, check=False, cwd=ROOT, capture_output=True, text=True, timeout=args.time_limit + 30
    )
    try:
        return json.loads(done.stdout)
    except json.JSONDecodeError:
        return {"timed_out": False, "errors": requests, "failure": done.stderr.strip()[-500:]}


def summarise(runs: list[dict]) -> dict:
    """Median of each figure over the rounds; errors and time-outs add up."""
    good = [run for run in runs if not run.get("timed_out") and "rps" in run]
    row = {
        "errors": sum(run.get("errors", 0) for run in runs),
        "failed": len(runs) - len(good),
        "rounds_rps": [run["rps"] for run in good],
    }
    for key in ("rps", "p50_ms", "p99_ms", "mean_body_bytes"):
        row[key] = statistics.median(run[key] for run in good) if good else float("nan")
    return row


def machine() -> str:
    node = subprocess.run(["node", "--version"], check=True, capture_output=True, text=True).stdout.strip()
    return f"{os.cpu_count()} CPUs, Python {platform.python_version()}, Node {node}, {platform.platform()}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run_bench", description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=10000, help="measured requests for get-one and list")
    parser.add_argument("--create-requests", type=int, default=3000, help="measured requests for create")
    parser.add_argument("--warmup", type=int, default=2000, help="unmeasured requests before each run")
    parser.add_argument("--concurrency", type=int, default=16, help="keep-alive connections from the client")
    parser.add_argument("--rounds", type=int, default=3, help="runs per target and scenario; medians shown")
    parser.add_argument("--time-limit", type=float, default=60, help="seconds allowed per run")
    parser.add_argument("--hooks", type=int, default=200, help="hooks seeded into the sandbox")
    parser.add_argument("--prism", type=Path, default=ROOT / "node_modules/.bin/prism")
    args = parser.parse_args(argv)

    print(f"machine: {machine()}")
    print(
        f"client: bench/load.py, {args.concurrency} keep-alive connections, {args.warmup} warm-up requests,"
        f" median of {args.rounds} rounds"
    )
    rows: dict[tuple[str, str], dict] = {}
    try:
        with (
            SandboxProcess(extra_args=("--seed-hooks", str(args.hooks))) as sandbox,
            PrismProcess(args.prism, ROOT / "openapi.yaml") as prism,
        ):
            targets = [
                Target("sandbox", httpx.URL(sandbox.url).port, "/api", sandbox.admin),
                Target("prism", prism.port, "", sandbox.admin),
            ]
            ids = {}
            for target in targets:
                ids[target.name], page = preflight(target)
                print(f"{target.name}: list-30 answers {page} hooks per page")
            for scenario in SCENARIOS:
                requests = args.create_requests if scenario.method == "POST" else args.requests
                runs: dict[str, list[dict]] = {target.name: [] for target in targets}
                for round_no in range(args.rounds):
                    # Alternate who goes first so neither always gets the cooler CPU.
                    for target in targets if round_no % 2 == 0 else targets[::-1]:
                        runs[target.name].append(run_load(target, scenario, ids[target.name], requests, args))
                for target in targets:
                    rows[target.name, scenario.name] = {"requests": requests, **summarise(runs[target.name])}
    except KeyboardInterrupt:
        print("interrupted; servers stopped", file=sys.stderr)
        return 130

    print()
    print(
        f"{'target':<8} {'scenario':<9} {'requests':>8} {'errors':>6} {'req/s':>8} {'p50 ms':>7} {'p99 ms':>7}"
        f" {'body B':>7}  req/s per round"
    )
    for (target, scenario), row in rows.items():
        per_round = ", ".join(f"{rps:.0f}" for rps in row["rounds_rps"])
        print(
            f"{target:<8} {scenario:<9} {row['requests']:>8} {row['errors']:>6} {row['rps']:>8.0f}"
            f" {row['p50_ms']:>7.2f} {row['p99_ms']:>7.2f} {row['mean_body_bytes']:>7.0f}  {per_round}"
        )
    print()
    for scenario in SCENARIOS:
        ratio = rows["sandbox", scenario.name]["rps"] / rows["prism", scenario.name]["rps"]
        note = ""
        if scenario.name == "get-one":
            note = "  (target >= 1.0: " + ("met)" if ratio >= 1 else "NOT met)")
        print(f"sandbox/prism req/s ratio, {scenario.name:<8} {ratio:5.2f}{note}")

    failed = [key for key, row in rows.items() if row["errors"] or row["failed"]]
    if failed:
        print(f"\nINVALID: non-2xx answers or time-outs from {failed}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
