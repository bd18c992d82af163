"""Does webhook delivery slow the API down, and how long does an event take to reach its receiver?

* Throughput of creates with no subscribed hook: ``POST /api/hooks/new`` (the create of bench/run_bench.py,
  whose code path delivery does not touch) and ``POST /api/contacts/new`` (which fires
  ``lead_post_save_new`` to nobody). Run it on the tree before and after a change, in the same session, to
  compare: ``--tree`` points at another checkout (e.g. ``git archive main | tar -x -C /tmp/before``).
* The same contact create with one published hook subscribed, delivering to a receiver on loopback: Mautic
  POSTs inside the request, so every create waits for its delivery.
* Delivery latency, trigger to receiver: sequential creates, from just before the request is sent to the
  moment the receiver has read the POST.

    .venv/bin/python -m bench.delivery_bench [--rounds 3] [--requests 3000] [--tree PATH]

Speed is printed, never asserted.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

import httpx

from bench.run_bench import Scenario, Target, machine, run_load, summarise
from mautic_hooks_contract.runner.receiver import Receiver
from mautic_hooks_contract.sandbox.launcher import SandboxProcess

CONTACT = json.dumps({"firstname": "Bench", "lastname": "Contact", "email": "bench@example.invalid"})
HOOK = json.dumps({"name": "Bench hook", "webhookUrl": "http://127.0.0.1:9/bench", "isPublished": False})


def _sandbox(tree: Path | None) -> SandboxProcess:
    # Another checkout's sandbox package wins over the editable install and the working directory.
    env = {"PYTHONPATH": str(tree), "PYTHONSAFEPATH": "1"} if tree else None
    return SandboxProcess(env=env)


def throughput(sandbox: SandboxProcess, scenario: Scenario, args) -> dict:
    target = Target("sandbox", httpx.URL(sandbox.url).port, "/api", sandbox.admin)
    return summarise([run_load(target, scenario, 0, args.requests, args) for _ in range(args.rounds)])


def latency(sandbox: SandboxProcess, receiver: Receiver, count: int) -> dict:
    with httpx.Client(base_url=sandbox.api_url, auth=sandbox.admin, timeout=30) as api:
        seconds = []
        for n in range(count):
            receiver.deliveries.clear()
            started = time.time()
            api.post("/contacts/new", content=CONTACT, headers={"content-type": "application/json"})
            (delivery,) = receiver.wait_for(1)
            seconds.append(delivery.received_at - started)
    seconds.sort()
    return {
        "p50_ms": 1000 * statistics.median(seconds),
        "p99_ms": 1000 * seconds[min(len(seconds) - 1, round(0.99 * len(seconds)))],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.delivery_bench", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--requests", type=int, default=3000, help="measured creates per run")
    parser.add_argument("--warmup", type=int, default=500, help="unmeasured requests before each run")
    parser.add_argument("--concurrency", type=int, default=16, help="keep-alive connections from the client")
    parser.add_argument("--rounds", type=int, default=3, help="runs per scenario; medians shown")
    parser.add_argument("--time-limit", type=float, default=120, help="seconds allowed per run")
    parser.add_argument("--latency-samples", type=int, default=300, help="sequential creates for the latency")
    parser.add_argument("--tree", type=Path, default=None, help="benchmark the sandbox of another checkout")
    args = parser.parse_args(argv)
    print(f"machine: {machine()}")
    print(f"tree: {args.tree or Path.cwd()}; {args.rounds} rounds of {args.requests} creates, medians")
    rows = {}
    with _sandbox(args.tree) as sandbox:
        rows["hook create"] = throughput(sandbox, Scenario("hook", "POST", "/hooks/new", HOOK), args)
        contacts = Scenario("contact", "POST", "/contacts/new", CONTACT)
        if (
            httpx.post(sandbox.api_url + "/contacts/new", content=CONTACT, auth=sandbox.admin).status_code
            == 201
        ):
            rows["contact create, no hook"] = throughput(sandbox, contacts, args)
            with Receiver() as receiver:
                hook = {
                    "name": "bench",
                    "webhookUrl": receiver.url + "/bench",
                    "triggers": ["mautic.lead_post_save_new"],
                }
                httpx.post(sandbox.api_url + "/hooks/new", json=hook, auth=sandbox.admin).raise_for_status()
                rows["contact create, 1 hook"] = throughput(sandbox, contacts, args)
                rows["trigger to receiver"] = latency(sandbox, receiver, args.latency_samples)
    print(f"\n{'scenario':<26} {'req/s':>8} {'p50 ms':>7} {'p99 ms':>7}  req/s per round")
    for name, row in rows.items():
        rps = f"{row['rps']:>8.0f}" if "rps" in row else f"{'':>8}"
        rounds = ", ".join(f"{r:.0f}" for r in row.get("rounds_rps", []))
        print(f"{name:<26} {rps} {row['p50_ms']:>7.2f} {row['p99_ms']:>7.2f}  {rounds}")
    return 1 if any(row.get("errors") or row.get("failed") for row in rows.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
