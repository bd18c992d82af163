"""CONTRACT_BUDGET: a run sized to fit a duration (`90s`, `5m`, `1h30m`) or a number of requests (`500`).

Once the budget is spent, the remaining tests are not started: their clauses are reported as
`NOT RUN (budget)`, never as passing, and the report says what the budget allowed. A test that has started
runs to its end (a half-run property proves nothing), and the cleanup is always paid for. With a budget,
the cheap, specific clauses run first and the broad schemathesis runs last, so a small budget still
reaches most clauses.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass

import pytest

REASON = "budget"  # skip reason of the tests the budget did not reach (the report's NOT RUN (budget))
UNITS = {"h": 3600, "m": 60, "s": 1}
DURATION = re.compile(r"(?:(\d+)h)?(?:(\d+)m(?:in)?)?(?:(\d+)s)?")
CLEANUP_REQUESTS = 5  # kept back for deleting what the run created
# Run order under a budget: specific clauses first, the broad generated runs last.
ORDER = ("test_access", "test_lifecycle", "test_listing", "test_delivery", "test_conformance")


class BudgetError(ValueError):
    pass


@dataclass(frozen=True)
class Budget:
    raw: str
    requests: int | None = None
    seconds: float | None = None

    @classmethod
    def parse(cls, raw: str) -> Budget:
        text = raw.strip().lower().replace(" ", "")
        if text.isdigit() and int(text) > 0:
            return cls(raw.strip(), requests=int(text))
        match = DURATION.fullmatch(text)
        if text and match and any(match.groups()):
            hours, minutes, seconds = (int(part or 0) for part in match.groups())
            total = hours * 3600 + minutes * 60 + seconds
            if total > 0:
                return cls(raw.strip(), seconds=float(total))
        raise BudgetError(
            f"CONTRACT_BUDGET must be a duration like 90s, 5m or 1h30m, or a number of requests like 500, "
            f"not {raw!r}."
        )

    def describe(self) -> str:
        return (
            f"{self.requests} requests" if self.requests is not None else f"{self.raw} ({self.seconds:.0f} s)"
        )


class BudgetGuard:
    """pytest plugin: starts no test once the budget is spent."""

    def __init__(self, budget: Budget, meter: object, seconds_per_request: float) -> None:
        self.budget = budget
        self.meter = meter
        self.seconds_per_request = seconds_per_request
        self.started = time.monotonic()
        self.reached = 0
        self.cut = 0

    def spent(self) -> bool:
        if self.budget.requests is not None:
            return self.meter.requests + CLEANUP_REQUESTS >= self.budget.requests  # type: ignore[attr-defined]
        reserve = CLEANUP_REQUESTS * self.seconds_per_request
        return time.monotonic() - self.started + reserve >= (self.budget.seconds or 0)

    def pytest_collection_modifyitems(self, items: list[pytest.Item]) -> None:
        def rank(item: pytest.Item) -> int:
            module = item.nodeid.split("::", 1)[0].rsplit("/", 1)[-1].removesuffix(".py")
            return ORDER.index(module) if module in ORDER else len(ORDER)

        items.sort(key=rank)  # stable: the order within a module stays

    @pytest.hookimpl(tryfirst=True)
    def pytest_runtest_setup(self, item: pytest.Item) -> None:
        if self.spent():
            self.cut += 1
            pytest.skip(REASON)
        self.reached += 1
