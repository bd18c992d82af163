"""Counters and a latency histogram in the Prometheus text format, for `/metrics` of `serve` and `work`.

Hand-written rather than prometheus-client: a dozen series in one format, no dependency to pin for the kit's
users. Counters count this process since it started (Prometheus sums processes and handles restarts); the queue
gauges are read from the inbox at scrape time, so they are the same for every process on it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

PREFIX = "mautic_inbox"
COUNTERS = {
    "received": "POSTs that reached the endpoint",
    "refused": "POSTs refused before storing (unsigned 401, badly signed 403, oversized 413), by status",
    "duplicates": "verified POSTs whose body was already in the inbox (answered 200, not stored again)",
    "stored": "deliveries stored and acknowledged",
    "store_failures": "verified POSTs answered 503 because the inbox could not store them",
    "handled": "deliveries whose handler returned",
    "retried": "handler errors that will be retried after a backoff",
    "dead": "deliveries moved to the dead-letter list (attempts exhausted, or the body does not parse)",
}
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60)


class Metrics:
    def __init__(self, gauges: Callable[[], dict[str, int]] | None = None) -> None:
        self._lock = threading.Lock()
        self._counts: dict[tuple[str, str], int] = {}
        self._buckets = [0] * len(LATENCY_BUCKETS)
        self._latency_sum, self._latency_count = 0.0, 0
        self._gauges = gauges

    def count(self, name: str, label: str = "") -> None:
        if name not in COUNTERS:
            raise KeyError(name)
        with self._lock:
            self._counts[name, label] = self._counts.get((name, label), 0) + 1

    def value(self, name: str) -> int:
        with self._lock:
            return sum(n for (counter, _), n in self._counts.items() if counter == name)

    def observe_handler(self, seconds: float) -> None:
        with self._lock:
            for index, bound in enumerate(LATENCY_BUCKETS):
                if seconds <= bound:
                    self._buckets[index] += 1
            self._latency_sum += seconds
            self._latency_count += 1

    def render(self) -> str:
        lines = []
        with self._lock:
            counts = dict(self._counts)
            buckets, total, count = list(self._buckets), self._latency_sum, self._latency_count
        for name, help_text in COUNTERS.items():
            lines += [f"# HELP {PREFIX}_{name}_total {help_text}", f"# TYPE {PREFIX}_{name}_total counter"]
            series = {label: n for (counter, label), n in counts.items() if counter == name} or {"": 0}
            for label, n in sorted(series.items()):
                labels = f'{{status="{label}"}}' if label else ""
                lines.append(f"{PREFIX}_{name}_total{labels} {n}")
        name = f"{PREFIX}_handler_seconds"
        lines += [f"# HELP {name} time the handler took per delivery", f"# TYPE {name} histogram"]
        lines += [f'{name}_bucket{{le="{b}"}} {n}' for b, n in zip(LATENCY_BUCKETS, buckets, strict=True)]
        lines += [f'{name}_bucket{{le="+Inf"}} {count}', f"{name}_sum {total:.6f}", f"{name}_count {count}"]
        if self._gauges is not None:
            for gauge, value in self._gauges().items():
                lines += [
                    f"# HELP {PREFIX}_{gauge} deliveries {gauge.replace('_', ' ')} in the inbox, all processes",
                    f"# TYPE {PREFIX}_{gauge} gauge",
                    f"{PREFIX}_{gauge} {value}",
                ]
        return "\n".join(lines) + "\n"
