"""CONTRACT_WORKERS=2 gives the same clauses with the same results as one worker, and leaves nothing behind."""

from __future__ import annotations

import re

import pytest
from conftest import RESERVED_PREFIX, Target, run_suite

pytestmark = pytest.mark.slow
ROW = re.compile(
    r"^  (PASS|FAIL|SKIP|NOT RUN \(budget\)|UNAVAILABLE|NOT RUN) +(\S.*?) +\d+ +\d+  #", re.MULTILINE
)


def clause_results(output: str) -> dict[str, str]:
    return {clause.strip(): result for result, clause in ROW.findall(output)}


def test_two_workers_give_the_results_of_one(target: Target, tmp_path) -> None:
    one = run_suite(target.env(), "run", cwd=tmp_path)
    two = run_suite(target.env(CONTRACT_WORKERS="2"), "run", cwd=tmp_path)
    assert one.returncode == 0, one.stdout[-3000:]
    assert two.returncode == 0, two.stdout[-3000:] + two.stderr[-2000:]
    assert "worker 0/2 done" in two.stdout and "worker serial done" in two.stdout
    results = clause_results(one.stdout)
    assert len(results) >= 30
    assert clause_results(two.stdout) == results
    assert not [name for name in target.prefixed() if name.startswith(RESERVED_PREFIX)]


def test_workers_and_a_budget_do_not_mix(target: Target, tmp_path) -> None:
    result = run_suite(target.env(CONTRACT_WORKERS="2", CONTRACT_BUDGET="5m"), "run", cwd=tmp_path)
    assert result.returncode == 2
    assert "CONTRACT_BUDGET needs CONTRACT_WORKERS=1" in result.stderr
