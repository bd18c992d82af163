"""pytest plugin: redacts every report, groups outcomes by contract clause, writes the Markdown report.

A clause is what a test's `clause` marker names (id and the JSON pointer into openapi.yaml that states it);
the stateless schemathesis test yields one clause per operation. At the end a table says, clause by clause,
pass / fail / skip, followed by the known upstream defects met (from known_defects.yaml).
"""

from __future__ import annotations

import dataclasses
import json
import re
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from mautic_hooks_contract.runner.budget import REASON as BUDGET_REASON
from mautic_hooks_contract.runner.budget import BudgetGuard
from mautic_hooks_contract.runner.defects import Baseline
from mautic_hooks_contract.runner.redact import redact
from mautic_hooks_contract.runner.spec_schema import spec as openapi_document
from mautic_hooks_contract.runner.transport import Wire

LABEL = re.compile(r"\[(GET|PUT|POST|PATCH|DELETE) (/[^\]]*)\]$")
# "unavailable": the instance stopped answering during the clause (no verdict); "budget": CONTRACT_BUDGET was
# spent before it ran; "not run": the run stopped before it. None of them is a pass.
ORDER = {"fail": 0, "unavailable": 1, "budget": 2, "pass": 3, "skip": 4, "not run": 5}
METER_SUMS = ("requests", "reused", "retries", "rate_limited", "waits", "waited", "answering")
SHOWN = {"budget": "NOT RUN (budget)", "unavailable": "UNAVAILABLE"}


@dataclass
class Clause:
    id: str
    spec: str
    title: str
    outcome: str = "not run"
    tests: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    skip_reason: str = ""
    requests: int = 0

    @property
    def shown(self) -> str:
        return SHOWN.get(self.outcome, self.outcome.upper())

    def add(self, outcome: str, nodeid: str, detail: str) -> None:
        self.tests += 1
        if outcome in ("fail", "unavailable"):
            self.failures.append((nodeid, detail))
        if ORDER[outcome] < ORDER[self.outcome]:
            self.outcome = outcome
        if outcome == "skip" and not self.skip_reason:
            self.skip_reason = detail


def _pointer(path: str, method: str) -> str:
    return "#/paths/" + path.replace("~", "~0").replace("/", "~1") + "/" + method.lower()


class ContractReport:
    def __init__(
        self,
        report_dir: Path,
        context: dict[str, str],
        wire: Wire,
        budget: BudgetGuard | None = None,
        dump_to: Path | None = None,  # a worker of a parallel run writes its clauses there, prints nothing
    ):
        self.report_dir = report_dir
        self.context = context
        self.wire = wire
        self.budget = budget
        self.clauses: dict[str, Clause] = {}
        self.by_node: dict[str, Clause] = {}
        self.clause_of: dict[str, str] = {}  # node id -> clause id, for the progress line
        self.unavailable: str | None = None  # the last error, when the instance stopped answering
        self.dump_to = dump_to
        self.started = time.monotonic()
        spec = openapi_document()
        self.operation_ids = {
            (method.upper(), path): op.get("operationId", "")
            for path, item in spec["paths"].items()
            for method, op in item.items()
            if isinstance(op, dict) and "operationId" in op
        }

    # --- collection: which clause each test verifies --------------------------------------------------
    @pytest.hookimpl(trylast=True)  # after conftest.py has given each operation's item its own node id
    def pytest_collection_modifyitems(self, items: list[pytest.Item]) -> None:
        for item in items:
            marker = item.get_closest_marker("clause")
            if marker is None:
                continue
            clause_id, spec = marker.args
            title = (getattr(item, "obj", None).__doc__ or item.name).strip().splitlines()[0]
            label = LABEL.search(item.nodeid)
            if clause_id == "conformance" and label:
                method, path = label.groups()
                operation = self.operation_ids.get((method, path), "?")
                clause_id, spec = f"conformance {operation}", _pointer(path, method)
                title = f"{method} {path} conforms to the document (all checks)"
            clause = self.clauses.setdefault(clause_id, Clause(clause_id, spec, title))
            self.by_node[item.nodeid] = clause
            self.clause_of[item.nodeid] = clause_id

    @pytest.hookimpl(tryfirst=True)
    def pytest_runtest_call(self, item: pytest.Item) -> None:
        """The wire counts each request under the clause whose test sends it (fixtures: set-up)."""
        clause = self.by_node.get(item.nodeid)
        self.wire.meter.clause = clause.id if clause else "set-up"

    def pytest_runtest_teardown(self, item: pytest.Item) -> None:
        self.wire.meter.clause = "set-up"

    # --- redaction of everything a report carries -----------------------------------------------------
    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_makereport(self, item: pytest.Item, call: pytest.CallInfo[Any]) -> Iterator[None]:
        outcome = yield
        report = outcome.get_result()
        if report.longrepr is not None and not isinstance(report.longrepr, tuple):
            report.longrepr = redact(str(report.longrepr))
        report.sections = [(title, redact(text)) for title, text in report.sections]

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        clause = self.by_node.get(report.nodeid)
        if clause is None:
            return
        if report.failed and self.wire.down is not None:
            # Not a verdict: the instance (or a proxy in front of it) stopped answering. Stop the run here.
            self.unavailable = self.wire.down
            clause.add("unavailable", report.nodeid, f"instance unavailable: {self.wire.down}")
        elif report.failed:
            clause.add("fail", report.nodeid, str(report.longrepr))
        elif report.skipped:
            reason = str(report.longrepr[2] if isinstance(report.longrepr, tuple) else "")
            reason = reason.removeprefix("Skipped: ")
            clause.add("budget" if reason == BUDGET_REASON else "skip", report.nodeid, reason)
        elif report.when == "call":
            clause.add("pass", report.nodeid, "")

    @pytest.hookimpl(trylast=True)
    def pytest_runtest_logfinish(self, nodeid: str) -> None:
        if self.unavailable is not None and self._session is not None:
            self._session.shouldstop = "instance unavailable"

    def pytest_sessionstart(self, session: pytest.Session) -> None:
        self._session = session

    _session: pytest.Session | None = None

    # --- the summary --------------------------------------------------------------------------------------
    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        from mautic_hooks_contract.runner.run import _current

        hits = _current.baseline.hits if _current else Counter()
        meter = self.wire.meter
        for clause in self.clauses.values():
            clause.requests = meter.by_clause.get(clause.id, 0)
        if self.dump_to is not None:  # a worker of a parallel run: the parent merges and reports
            self.dump(self.dump_to, hits)
            return
        self.summarize(terminalreporter.write_line, hits)

    def summarize(self, write: Any, hits: Counter[str]) -> None:
        """The clause table, the cost lines and the Markdown report."""
        defects = Baseline.load().defects
        rows = sorted(self.clauses.values(), key=lambda c: (ORDER[c.outcome], c.id))
        write("")
        write("Contract clauses")
        write(f"  {'result':<16} {'clause':<34} {'tests':>5} {'requests':>8}  where openapi.yaml says it")
        for clause in rows:
            why = f"  (skipped: {clause.skip_reason})" if clause.outcome == "skip" else ""
            write(
                f"  {clause.shown:<16} {clause.id:<34} {clause.tests:>5} {clause.requests:>8}  {clause.spec}{why}"
            )
        for defect in defects:
            if hits.get(defect.id):
                write(
                    f"  {'KNOWN':<16} {defect.id:<34} {hits[defect.id]:>5} {'':>8}  {defect.spec} ({defect.source})"
                )
        counts = {o: sum(c.outcome == o for c in rows) for o in ORDER}
        known = sum(1 for d in defects if hits.get(d.id))
        extra = "".join(
            f"{counts[o]} {label}, "
            for o, label in (
                ("unavailable", "unavailable"),
                ("budget", "not run (budget)"),
                ("not run", "not run"),
            )
            if counts[o]
        )
        write(
            f"  {counts['pass']} clauses hold, {counts['fail']} fail, {counts['skip']} skipped, {extra}"
            f"{known} known upstream defects met"
        )
        for line in self.cost_lines(rows):
            write(line)
        path = self.write_markdown(rows, defects, hits)
        write(f"Report: {path}")

    # --- parallel runs: each worker dumps its clauses, the parent merges them -----------------------------
    def dump(self, path: Path, hits: Counter[str]) -> None:
        meter = self.wire.meter
        data = {
            "clauses": [dataclasses.asdict(clause) for clause in self.clauses.values()],
            "hits": dict(hits),
            "unavailable": self.unavailable,
            "meter": {
                **{name: getattr(meter, name) for name in METER_SUMS},
                "by_clause": dict(meter.by_clause),
                "by_credentials": dict(meter.by_credentials),
            },
            "budget": [self.budget.reached, self.budget.cut] if self.budget else None,
        }
        path.write_text(json.dumps(data), encoding="utf-8")

    def merge(self, dumps: list[dict[str, Any]]) -> Counter[str]:
        """Fold the workers' dumps into this report; returns the known-defect hits."""
        hits: Counter[str] = Counter()
        meter = self.wire.meter
        for data in dumps:
            for raw in data["clauses"]:
                mine = self.clauses.setdefault(raw["id"], Clause(raw["id"], raw["spec"], raw["title"]))
                worker = Clause(**{**raw, "failures": [tuple(f) for f in raw["failures"]]})
                if ORDER[worker.outcome] < ORDER[mine.outcome]:
                    mine.outcome = worker.outcome
                mine.tests += worker.tests
                mine.requests += worker.requests
                mine.failures += worker.failures
                mine.skip_reason = mine.skip_reason or worker.skip_reason
            hits.update(data["hits"])
            self.unavailable = self.unavailable or data["unavailable"]
            for name in METER_SUMS:
                setattr(meter, name, getattr(meter, name) + data["meter"][name])
            meter.by_clause.update(data["meter"]["by_clause"])
            meter.by_credentials.update(data["meter"]["by_credentials"])
            if self.budget is not None and data["budget"]:
                self.budget.reached += data["budget"][0]
                self.budget.cut += data["budget"][1]
        return hits

    def cost_lines(self, rows: list[Clause]) -> list[str]:
        """What the run cost the instance, and what the budget (if any) allowed."""
        meter = self.wire.meter
        kinds = ", ".join(f"{n} {kind}" for kind, n in sorted(meter.by_credentials.items()))
        lines = [
            (
                f"Requests: {meter.requests} sent ({kinds or 'none'}; set-up and cleanup "
                f"{meter.by_clause.get('set-up', 0)}), {meter.reused} identical reads answered from memory, "
                f"{meter.rate_limited} rate-limited (waited {meter.waits} times, {meter.waited:.1f} s), "
                f"{meter.retries} re-sent after a network or proxy error; {meter.answering:.1f} s waiting for "
                "answers."
            )
        ]
        if self.budget is not None:
            reached = sum(c.outcome not in ("budget", "not run") for c in rows)
            lines.append(
                f"Budget {self.budget.budget.describe()}: allowed {reached} of {len(rows)} clauses "
                f"({self.budget.reached} tests run, {self.budget.cut} not started)."
            )
        if self.unavailable is not None:
            lines.append(f"Instance unavailable (not a contract failure): {self.unavailable}")
        return lines

    def write_markdown(self, rows: list[Clause], defects: list[Any], hits: Any) -> Path:
        self.report_dir.mkdir(parents=True, exist_ok=True)
        path = self.report_dir / "contract-report.md"
        lines = ["# Contract report", ""]
        lines += [f"- **{key}**: {value}" for key, value in self.context.items()]
        lines += [f"- **duration**: {time.monotonic() - self.started:.1f} s"]
        lines += [f"- {line}" for line in self.cost_lines(rows)] + [""]
        lines += [
            "| result | clause | tests | requests | openapi.yaml | what it says |",
            "|---|---|---|---|---|---|",
        ]
        for clause in rows:
            lines.append(
                f"| {clause.shown} | `{clause.id}` | {clause.tests} | {clause.requests} | `{clause.spec}` "
                f"| {clause.title} |"
            )
        met = [d for d in defects if hits.get(d.id)]
        if met:
            lines += [
                "",
                "## Known upstream defects met",
                "",
                "| defect | hits | openapi.yaml | Mautic source | what |",
                "|---|---|---|---|---|",
            ]
            lines += [f"| `{d.id}` | {hits[d.id]} | `{d.spec}` | `{d.source}` | {d.title} |" for d in met]
        failed = [c for c in rows if c.failures]
        if failed:
            lines += ["", "## Failures", ""]
            for clause in failed:
                for nodeid, detail in clause.failures:
                    lines += [
                        f"### `{clause.id}`: {clause.title}",
                        "",
                        f"Clause: `{clause.spec}` in openapi.yaml  ",
                        f"Test: `{nodeid}`",
                        "",
                        "```",
                        redact(detail)[-6000:],
                        "```",
                        "",
                    ]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return path
