"""Progress while a run goes: requests sent, clauses done of total, elapsed and remaining time.

In a terminal, one line that updates in place (every second, also during a long test); otherwise (CI
logs), one plain line per finished clause. pytest's own per-test lines are replaced by it.
"""

from __future__ import annotations

import sys
import threading
import time
from collections import Counter
from typing import Any, TextIO

import pytest

from mautic_hooks_contract.runner.estimate import duration


class Progress:
    def __init__(
        self,
        meter: Any,
        clause_of: dict[str, str],
        expected_requests: int | None,
        stream: TextIO | None = None,
    ) -> None:
        self.meter = meter
        self.clause_of = clause_of  # node id -> clause id (filled by the report plugin at collection)
        self.expected_requests = expected_requests
        self.stream = stream or sys.stdout
        self.tty = self.stream.isatty()
        self.started = time.monotonic()
        self.left: Counter[str] = Counter()
        self.total = 0
        self.done = 0
        self._stop = threading.Event()
        self._ticker: threading.Thread | None = None

    # --- what is shown ---------------------------------------------------------------------------------------
    def line(self) -> str:
        elapsed = time.monotonic() - self.started
        sent = self.meter.requests
        left = "?"
        if self.total and self.done >= self.total:
            left = duration(0)
        elif self.expected_requests and 0 < sent < self.expected_requests:
            left = duration((self.expected_requests - sent) * elapsed / sent)
        elif self.done:
            # No estimate, or the run has sent more than it estimated (a real Mautic's runs often do): the pace
            # of the clauses tells more than "0 s" would while clauses are still to come.
            left = duration(elapsed * (self.total - self.done) / self.done)
        return f"[{duration(elapsed)}] {sent} requests, {self.done}/{self.total} clauses done, ~{left} left"

    def _show(self, suffix: str = "") -> None:
        if self.tty:
            self.stream.write("\r\x1b[K" + self.line())
        else:
            self.stream.write(self.line() + (f": {suffix}" if suffix else "") + "\n")
        self.stream.flush()

    def _tick(self) -> None:
        while not self._stop.wait(1.0):
            self._show()

    # --- pytest hooks ------------------------------------------------------------------------------------------
    @pytest.hookimpl(trylast=True)  # after the report plugin has mapped every test to its clause
    def pytest_collection_modifyitems(self, items: list[pytest.Item]) -> None:
        self.left = Counter(self.clause_of[item.nodeid] for item in items if item.nodeid in self.clause_of)
        self.total = len(self.left)

    def pytest_runtestloop(self, session: pytest.Session) -> None:
        self.started = time.monotonic()
        if self.tty:
            self._ticker = threading.Thread(target=self._tick, daemon=True)
            self._ticker.start()

    def pytest_report_teststatus(self, report: pytest.TestReport) -> tuple[str, str, str] | None:
        """No per-test letters or lines: the progress line says it (failures are still listed at the end)."""
        if report.when == "call" or (report.when == "setup" and not report.passed):
            category = "passed" if report.passed else "failed" if report.failed else "skipped"
            return category, "", ""
        return None

    def pytest_runtest_logfinish(self, nodeid: str) -> None:
        clause = self.clause_of.get(nodeid)
        if clause is None:
            return
        self.left[clause] -= 1
        if self.left[clause] == 0:
            self.done += 1
            self._show(clause)

    def pytest_sessionfinish(self) -> None:
        self._stop.set()
        if self._ticker is not None:
            self._ticker.join()
            self.stream.write("\r\x1b[K" + self.line() + "\n")
            self.stream.flush()
