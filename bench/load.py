"""Closed-loop HTTP/1.1 load generator, run as its own process by ``bench/run_bench.py``.

Why not httpx: on a 2-core machine the client shares the CPUs with the server under test, and httpx spends
several times more CPU per request than the servers do, so the benchmark would mostly measure httpx. This
client writes one pre-encoded request at a time on each of N keep-alive connections (asyncio on uvloop) and
parses the answers with httptools — both already installed for the sandbox — leaving most of the CPU to the
server. It prints one JSON object: counts by status, throughput and latency percentiles.

    python -m bench.load --port 8080 --path /api/hooks/1 --auth admin:mautic --requests 3000

With ``--deliveries FILE`` (JSON lines of ``{"body": ..., "signature": ...}``, as bench/receiver_bench.py writes
them) each request POSTs the next delivery of the file, signed, warm-up included: a receiver that de-duplicates
sees every body once. ``--rate`` paces the requests (an open loop at that many per second) instead of sending
each as soon as a connection is free.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import math
import sys
import time
from collections import Counter

import httptools
import uvloop


class _Connection(asyncio.Protocol):
    """One keep-alive connection; ``exchange`` sends a request and waits for its complete response."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.parser = httptools.HttpResponseParser(self)
        self.pending: asyncio.Future | None = None
        self.body_bytes = 0
        self.closed = False

    def connection_made(self, transport) -> None:
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserError as exc:
            self._fail(exc)

    def on_body(self, body: bytes) -> None:
        self.body_bytes += len(body)

    def on_message_complete(self) -> None:
        if self.pending is not None and not self.pending.done():
            self.pending.set_result((self.parser.get_status_code(), self.body_bytes))
        if not self.parser.should_keep_alive():
            self.transport.close()

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        self._fail(exc or ConnectionError("server closed the connection"))

    def _fail(self, exc: Exception) -> None:
        self.closed = True
        if self.pending is not None and not self.pending.done():
            self.pending.set_exception(exc)

    async def exchange(self, raw: bytes) -> tuple[int, int]:
        self.pending = asyncio.get_running_loop().create_future()
        self.body_bytes = 0
        self.transport.write(raw)
        return await self.pending


def encode_request(
    method: str, host: str, path: str, auth: str, body: bytes | None, extra: tuple[str, ...] = ()
) -> bytes:
    token = base64.b64encode(auth.encode()).decode()
    lines = [
        f"{method} {path} HTTP/1.1",
        f"Host: {host}",
        f"Authorization: Basic {token}",
        "Accept: application/json",
        *extra,
    ]
    if body is not None:
        lines += ["Content-Type: application/json", f"Content-Length: {len(body)}"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + (body or b"")


class _Run:
    """Shared by the workers of one phase: how many requests are left, and what they gave."""

    def __init__(self, total: int, record: bool, requests: _Requests) -> None:
        self.left = total
        self.record = record
        self.requests = requests
        self.latencies: list[float] = []
        self.statuses: Counter[str] = Counter()
        self.body_bytes = 0

    def take(self) -> bool:
        if self.left <= 0:
            return False
        self.left -= 1
        return True


class _Requests:
    """The encoded requests, handed out in order across phases (one request for all, or one per delivery)."""

    def __init__(self, raws: list[bytes], rate: float | None) -> None:
        self.raws, self.rate = raws, rate
        self.sent = 0
        self.started = time.perf_counter()

    async def next(self) -> bytes:
        index, self.sent = self.sent, self.sent + 1
        if self.rate:  # open loop: request n leaves at n / rate seconds, however fast answers come
            await asyncio.sleep(max(0.0, self.started + index / self.rate - time.perf_counter()))
        return self.raws[index % len(self.raws)]


async def _worker(host: str, port: int, run: _Run) -> None:
    loop = asyncio.get_running_loop()
    conn: _Connection | None = None
    while run.take():
        raw = await run.requests.next()
        try:
            if conn is None or conn.closed:
                _, conn = await loop.create_connection(_Connection, host, port)
            start = time.perf_counter()
            status, size = await conn.exchange(raw)
            elapsed = time.perf_counter() - start
        except (OSError, httptools.HttpParserError) as exc:
            run.statuses[type(exc).__name__] += 1
            conn = None
            continue
        run.statuses[str(status)] += 1
        if run.record:
            run.latencies.append(elapsed)
            run.body_bytes += size
    if conn is not None and not conn.closed:
        conn.transport.close()


def percentile(ordered: list[float], p: float) -> float:
    """Nearest-rank percentile of an already sorted list."""
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


async def _phase(args, requests: _Requests, total: int, record: bool) -> tuple[_Run, float]:
    run = _Run(total, record, requests)
    start = time.perf_counter()
    await asyncio.gather(*(_worker(args.host, args.port, run) for _ in range(args.concurrency)))
    return run, time.perf_counter() - start


def _encoded(args) -> list[bytes]:  # before the event loop starts: blocking reads are fine
    host = f"{args.host}:{args.port}"
    if args.deliveries is None:
        body = args.body.encode() if args.body is not None else None
        return [encode_request(args.method, host, args.path, args.auth, body)]
    with open(args.deliveries, encoding="utf-8") as file:
        deliveries = [json.loads(line) for line in file]
    return [
        encode_request(
            "POST", host, args.path, args.auth, d["body"].encode(), (f"Webhook-Signature: {d['signature']}",)
        )
        for d in deliveries
    ]


async def _main(args) -> dict:
    requests = _Requests(_encoded(args), args.rate)
    deadline = time.perf_counter() + args.time_limit
    try:
        warmup, _ = await asyncio.wait_for(_phase(args, requests, args.warmup, False), args.time_limit)
        measured, elapsed = await asyncio.wait_for(
            _phase(args, requests, args.requests, True), max(0.0, deadline - time.perf_counter())
        )
    except TimeoutError:
        return {"timed_out": True, "time_limit_s": args.time_limit}
    completed = sorted(measured.latencies)
    errors = sum(
        n for status, n in (warmup.statuses + measured.statuses).items() if not status.startswith("2")
    )
    return {
        "timed_out": False,
        "requests": args.requests,
        "concurrency": args.concurrency,
        "errors": errors,
        "statuses": dict(warmup.statuses + measured.statuses),
        "elapsed_s": elapsed,
        "rps": len(completed) / elapsed if elapsed else 0.0,
        "p50_ms": percentile(completed, 50) * 1000 if completed else None,
        "p99_ms": percentile(completed, 99) * 1000 if completed else None,
        "mean_body_bytes": measured.body_bytes / len(completed) if completed else 0,
        "latencies": completed,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.load", description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--method", default="GET")
    parser.add_argument("--path", required=True, help="request target, e.g. /api/hooks?limit=30")
    parser.add_argument("--auth", required=True, help="user:password for HTTP Basic")
    parser.add_argument(
        "--body", default=None, help="JSON body to send (with Content-Type: application/json)"
    )
    parser.add_argument(
        "--deliveries", default=None, help="JSON lines of signed webhook bodies to POST, in order"
    )
    parser.add_argument(
        "--dump-latencies", default=None, help="write the measured latencies (s) to this file"
    )
    parser.add_argument("--rate", type=float, default=None, help="requests per second (default: closed loop)")
    parser.add_argument("--requests", type=int, default=3000, help="measured requests")
    parser.add_argument("--warmup", type=int, default=300, help="unmeasured requests sent first")
    parser.add_argument("--concurrency", type=int, default=16, help="keep-alive connections")
    parser.add_argument("--time-limit", type=float, default=60, help="seconds for warm-up and measurement")
    args = parser.parse_args(argv)
    if args.host not in ("127.0.0.1", "::1", "localhost"):
        parser.error("load is only ever sent to the loopback interface")
    result = uvloop.run(_main(args))
    latencies = result.pop("latencies", [])
    if args.dump_latencies:  # for a caller that merges the percentiles of several load processes
        with open(args.dump_latencies, "w", encoding="utf-8") as file:
            json.dump(latencies, file)
    print(json.dumps(result))
    return 1 if result["timed_out"] or result["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
