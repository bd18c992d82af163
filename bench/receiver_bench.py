"""How fast does the inbox acknowledge, and does it lose or repeat anything? (issue 18)

Signed deliveries, made from the recorded POSTs of a real Mautic 5.1.0 (the 14 per-trigger sample files, each
body given a timestamp of its own so that every delivery is distinct), are POSTed by ``bench/load.py`` at
concurrency 32 to:

* ``floor``: a bare Starlette endpoint that reads the body and answers 200 (bench/receiver_floor.py);
* ``sqlite``: ``serve --inbox sqlite:///…`` (the default, synchronous=NORMAL) with one ``work`` process (4
  threads); ``sqlite-full``: the same with ``?synchronous=full`` (an fsync per commit);
* ``redis``: two ``serve`` processes on one Redis inbox (a redis-server of its own, appendonly) with two
  ``work`` processes; the load is split between the receivers, 16 connections each.

Figures: throughput, acknowledgement latency p50/p99 (medians over ``--rounds``, the configurations taking turns),
the p99 ratio to the floor; then, once the workers have
drained the inbox, how many acknowledged deliveries the handler saw (lost = acknowledged - handled, twice =
handled more than once). ``--soak SECONDS`` instead runs the SQLite inbox at a steady ``--rate`` and samples
the receiver's and the worker's resident memory.

    .venv/bin/python -m bench.receiver_bench [--requests 20000] [--warmup 2000] [--rounds 3] [--configs floor,sqlite,redis]
    .venv/bin/python -m bench.receiver_bench --soak 600 --rate 100

Speed is printed, never asserted. Exits 1 when a request got a non-2xx answer or a delivery was lost.
"""

from __future__ import annotations

import argparse
import datetime
import json
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

from mautic_hooks_receiver import sign

from bench.load import percentile
from bench.run_bench import ROOT, machine

# The tests' launchers for redis-server and the kit's commands: one way to start them, for tests and bench alike.
sys.path[:0] = [str(ROOT / "tests" / "receiver"), str(ROOT / "tests" / "document" / "webhooks")]
from inbox_support import Command
from mautic_hooks_receiver.__main__ import READY_PREFIX, SECRET_VARIABLE
from mautic_hooks_receiver.inbox.cli import WORKER_READY_PREFIX
from redis_support import RedisServer

RECORDINGS = ROOT / "tests" / "recordings" / "mautic-5.1.0" / "deliveries"
SECRET = "bench-secret"
_LAST_STAMP = re.compile(rb'"timestamp":"[^"]+"\}\]\}$')


def recorded_bodies() -> list[bytes]:
    """The distinct single-event POSTs of the per-trigger sample files, as Mautic sent them."""
    bodies = []
    for path in sorted(RECORDINGS.glob("mautic.*.json")):
        for delivery in json.loads(path.read_text(encoding="utf-8"))["deliveries"]:
            raw = delivery["raw_body"].encode("ascii")
            if _LAST_STAMP.search(raw) and raw not in bodies:
                bodies.append(raw)
    return bodies


def write_deliveries(path: Path, count: int, first: int) -> None:
    """`count` signed deliveries, cycling through the recorded bodies, timestamps `first`… seconds after 2030."""
    bodies, base = recorded_bodies(), datetime.datetime(2030, 1, 1, tzinfo=datetime.UTC)
    with path.open("w", encoding="utf-8") as file:
        for n in range(first, first + count):
            stamp = (base + datetime.timedelta(seconds=n)).isoformat()
            body = _LAST_STAMP.sub(f'"timestamp":"{stamp}"}}]}}'.encode(), bodies[n % len(bodies)])
            file.write(json.dumps({"body": body.decode("ascii"), "signature": sign(body, SECRET)}) + "\n")


def launch(
    *args: str, ready: str = READY_PREFIX, handled: Path | None = None, module: str | None = None
) -> Command:
    env = {SECRET_VARIABLE: SECRET, "PYTHONPATH": str(ROOT)}
    if handled is not None:
        env["BENCH_HANDLED"] = str(handled)
    return Command(*args, ready=ready, env=env, module=module or "mautic_hooks_receiver")


def worker(inbox: str, handled: Path) -> Command:
    args = (
        "work",
        "--inbox",
        inbox,
        "--handler",
        "bench.inbox_handler:record",
        "--concurrency",
        "4",
        "--port",
        "0",
    )
    return launch(*args, ready=WORKER_READY_PREFIX, handled=handled)


def load(url: str, deliveries: Path, requests: int, args, concurrency: int, latencies: Path, rate=None):
    port, path = url.removeprefix("http://127.0.0.1:").split("/", 1)
    cmd = [sys.executable, "-m", "bench.load", f"--port={port}", f"--path=/{path}", "--auth=bench:bench",
           f"--deliveries={deliveries}", f"--requests={requests}", f"--warmup={args.warmup}",
           f"--concurrency={concurrency}", f"--time-limit={args.time_limit}", f"--dump-latencies={latencies}"]  # fmt: skip
    if rate:
        cmd.append(f"--rate={rate}")
    return subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def run_config(name: str, args, work_dir: Path, first: int) -> dict:
    work_dir = work_dir / f"{name}-{first}"  # a round's own inbox and files
    work_dir.mkdir()
    handled = work_dir / "handled.txt"
    receivers, workers, redis = [], [], None
    if name == "floor":
        receivers.append(launch("--port", "0", module="bench.receiver_floor"))
    elif name.startswith("sqlite"):
        inbox = f"sqlite:///{work_dir / (name + '.sqlite3')}" + (
            "?synchronous=full" if name == "sqlite-full" else ""
        )
        receivers.append(launch("serve", "--inbox", inbox, "--port", "0"))
        workers.append(worker(inbox, handled))
    else:
        redis = RedisServer().__enter__()
        receivers += [launch("serve", "--inbox", redis.url, "--port", "0") for _ in range(2)]
        workers += [worker(redis.url, handled) for _ in range(2)]
    try:
        share = args.requests // len(receivers)
        runs = []
        for index, receiver in enumerate(receivers):
            deliveries = work_dir / f"{name}-{index}.jsonl"
            write_deliveries(deliveries, share + args.warmup, first + index * (share + args.warmup))
            latencies = work_dir / f"{name}-{index}-latencies.json"
            runs.append(
                (load(receiver.url, deliveries, share, args, 32 // len(receivers), latencies), latencies)
            )
        results = []
        for process, latencies in runs:
            out, err = process.communicate(timeout=args.time_limit + 60)
            results.append(json.loads(out) if out.strip() else {"errors": -1, "failure": err[-500:]})
            results[-1]["latencies"] = json.loads(latencies.read_text()) if latencies.exists() else []
        for deliveries in work_dir.glob(
            "*.jsonl"
        ):  # 175 MB for 22,000 deliveries: not kept for the next rounds
            deliveries.unlink()
        finished = time.perf_counter()
        acknowledged = sum(
            sum(n for s, n in r.get("statuses", {}).items() if s.startswith("2")) for r in results
        )
        row = summarise(results)
        if workers:
            row |= drained(handled, acknowledged, finished, args.drain_limit)
        return row
    finally:
        for process in receivers + workers:
            process.stop()
        if redis is not None:
            redis.__exit__()


def summarise(results: list[dict]) -> dict:
    latencies = sorted(x for r in results for x in r["latencies"])
    elapsed = max(r.get("elapsed_s", 0) for r in results)
    return {
        "requests": len(latencies),
        "errors": sum(r.get("errors", 0) for r in results),
        "rps": len(latencies) / elapsed if elapsed else 0.0,
        "p50_ms": percentile(latencies, 50) * 1000 if latencies else float("nan"),
        "p99_ms": percentile(latencies, 99) * 1000 if latencies else float("nan"),
    }


def drained(handled: Path, acknowledged: int, since: float, limit: float) -> dict:
    """Wait for the workers to handle everything acknowledged; count what they handled, and how often."""
    deadline = since + limit
    while time.perf_counter() < deadline:
        lines = handled.read_text().splitlines() if handled.exists() else []
        if len(lines) >= acknowledged:
            break
        time.sleep(0.2)
    drain = time.perf_counter() - since
    counts = Counter(lines)
    return {
        "acknowledged": acknowledged,
        "handled": len(counts),
        "lost": acknowledged - len(counts),
        "twice": sum(n - 1 for n in counts.values()),
        "drain_s": drain,
    }


def medians(runs: list[dict]) -> dict:
    """Median speed over the rounds; counts (errors, acknowledged, handled, lost, twice) added up."""
    row = {
        key: statistics.median(run[key] for run in runs)
        for key in ("rps", "p50_ms", "p99_ms", "drain_s")
        if key in runs[0]
    }
    row |= {
        key: sum(run[key] for run in runs)
        for key in ("requests", "errors", "acknowledged", "handled", "lost", "twice")
        if key in runs[0]
    }
    return row | {"p99_rounds": [round(run["p99_ms"], 1) for run in runs]}


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def soak(args, work_dir: Path) -> int:
    handled = work_dir / "soak-handled.txt"
    inbox = f"sqlite:///{work_dir / 'soak.sqlite3'}"
    receiver, work = launch("serve", "--inbox", inbox, "--port", "0"), worker(inbox, handled)
    samples: list[tuple[float, int, int]] = []
    stop = threading.Event()

    def sample() -> None:
        started = time.perf_counter()
        while not stop.wait(args.sample_every):
            samples.append(
                (time.perf_counter() - started, rss_kib(receiver.process.pid), rss_kib(work.process.pid))
            )
            print(f"  t={samples[-1][0]:>5.0f} s  receiver {samples[-1][1] / 1024:6.1f} MiB  "
                  f"worker {samples[-1][2] / 1024:6.1f} MiB", flush=True)  # fmt: skip

    try:
        requests = int(args.soak * args.rate)
        deliveries = work_dir / "soak.jsonl"
        write_deliveries(deliveries, requests + args.warmup, 10_000_000)
        threading.Thread(target=sample, daemon=True).start()
        args.time_limit = args.soak + 120
        process = load(
            receiver.url, deliveries, requests, args, 8, work_dir / "soak-latencies.json", args.rate
        )
        out, _ = process.communicate(timeout=args.time_limit + 60)
        stop.set()
        result = json.loads(out)
        result["latencies"] = json.loads((work_dir / "soak-latencies.json").read_text())
        row = summarise([result]) | drained(
            handled, requests + args.warmup, time.perf_counter(), args.drain_limit
        )
    finally:
        stop.set()
        receiver.stop()
        work.stop()
    first, last = samples[0], samples[-1]
    peak = (max(s[1] for s in samples), max(s[2] for s in samples))
    print(f"\nsoak: {args.soak:.0f} s at {args.rate:.0f} req/s; {row}")
    print(
        f"receiver RSS MiB: first {first[1] / 1024:.1f}, last {last[1] / 1024:.1f}, peak {peak[0] / 1024:.1f}"
    )
    print(
        f"worker   RSS MiB: first {first[2] / 1024:.1f}, last {last[2] / 1024:.1f}, peak {peak[1] / 1024:.1f}"
    )
    return 1 if row["errors"] or row["lost"] else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.receiver_bench", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--requests", type=int, default=20_000, help="measured deliveries per configuration")
    parser.add_argument("--warmup", type=int, default=2000, help="unmeasured deliveries first (stored too)")
    parser.add_argument("--configs", default="floor,sqlite,sqlite-full,redis")
    parser.add_argument("--rounds", type=int, default=3, help="runs per configuration, alternating; medians")
    parser.add_argument("--time-limit", type=float, default=300, help="seconds allowed per load run")
    parser.add_argument(
        "--drain-limit", type=float, default=300, help="seconds allowed for the workers to drain"
    )
    parser.add_argument("--soak", type=float, default=None, help="run the SQLite soak for this many seconds")
    parser.add_argument("--rate", type=float, default=100, help="soak: deliveries per second")
    parser.add_argument("--sample-every", type=float, default=30, help="soak: seconds between memory samples")
    args = parser.parse_args(argv)
    print(f"machine: {machine()}")
    with tempfile.TemporaryDirectory(prefix="receiver-bench-") as work_dir:
        if args.soak:
            return soak(args, Path(work_dir))
        runs: dict[str, list[dict]] = {name: [] for name in args.configs.split(",")}
        for round_no in range(args.rounds):  # configurations alternate, so noise on a shared machine spreads
            order = list(runs) if round_no % 2 == 0 else list(runs)[::-1]
            for name in order:
                first = (round_no * len(runs) + list(runs).index(name)) * 1_000_000
                runs[name].append(run_config(name, args, Path(work_dir), first))
                print(f"round {round_no + 1} {name}: {runs[name][-1]}", flush=True)
    rows = {name: medians(found) for name, found in runs.items()}
    floor = rows.get("floor")
    print(f"\n{'config':<11} {'requests':>8} {'errors':>6} {'req/s':>7} {'p50 ms':>7} {'p99 ms':>7} {'p99/floor':>9}"
          f" {'acked':>6} {'handled':>7} {'lost':>4} {'twice':>5} {'drain s':>7}")  # fmt: skip
    for name, row in rows.items():
        ratio = row["p99_ms"] / floor["p99_ms"] if floor else float("nan")
        drain = [row.get(k, "-") for k in ("acknowledged", "handled", "lost", "twice")]
        drain_s = f"{row['drain_s']:.1f}" if "drain_s" in row else "-"
        print(f"{name:<11} {row['requests']:>8} {row['errors']:>6} {row['rps']:>7.0f} {row['p50_ms']:>7.2f}"
              f" {row['p99_ms']:>7.2f} {ratio:>9.2f} {drain[0]:>6} {drain[1]:>7} {drain[2]:>4} {drain[3]:>5}"
              f" {drain_s:>7}  p99 per round {row['p99_rounds']}")  # fmt: skip
    return 1 if any(row["errors"] or row.get("lost") for row in rows.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
